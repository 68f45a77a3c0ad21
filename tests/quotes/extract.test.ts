import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/corpus/index.js';
import { extractQuotes, type ExtractedQuote } from '../../src/quotes/index.js';
import { article, itDoesNotName, itNames, speakerOf } from './speaker-table.js';

const who = (...paragraphs: string[]): [string, string | null][] =>
  extractQuotes(article(...paragraphs)).map((q) => [q.text, q.speaker]);

function seed(file: string): ExtractedQuote[] {
  const [first] = parseArticles(
    file,
    readFileSync(new URL(`../../seeds/${file}`, import.meta.url)),
  );
  if (!first) throw new Error(`no article in ${file}`);
  return extractQuotes(first);
}

describe('extractQuotes: attribution patterns', () => {
  it.each([
    [
      '“Q,” said Name, a title',
      '“Taxes will rise,” said Jane Doe, an economist at the bank.',
      'Jane Doe',
    ],
    ['“Q,” Name said', '“Taxes will rise,” Jane Doe said.', 'Jane Doe'],
    ['Name said: “Q”', 'Jane Doe said: “Taxes will rise next year.”', 'Jane Doe'],
    [
      'Title Name said “Q”',
      'Finance Minister Jane Doe said “taxes will rise next year.”',
      'Jane Doe',
    ],
    ['“Q,” according to Name', '“Taxes will rise next year,” according to Jane Doe.', 'Jane Doe'],
    ['an inflected verb', '“Taxes will rise next year,” Jane Doe tweeted on Monday.', 'Jane Doe'],
    [
      'a verb after an appositive',
      '“Taxes will rise,” Jane Doe, an economist, warned.',
      'Jane Doe',
    ],
    ['a dash signature', '“Taxes will rise next year.” ― Jane Doe', 'Jane Doe'],
    [
      'an adverb and time',
      'Jane Doe on Friday also warned that “taxes will rise next year.”',
      'Jane Doe',
    ],
  ])('%s', (_name, paragraph, speaker) => {
    expect(extractQuotes(article(paragraph))[0]?.speaker).toBe(speaker);
  });

  it('keeps the descriptor an appositive gives', () => {
    const [q] = extractQuotes(
      article('“Taxes will rise,” said Jane Doe, an economist at the bank.'),
    );
    expect(q).toMatchObject({
      mention: 'Jane Doe',
      descriptor: 'an economist at the bank',
      kind: 'full',
    });
  });

  it.each([
    [
      '“Dr.” after a role',
      '“We will win,” said GOP presidential candidate Dr. Ben Carson.',
      'Ben Carson',
      'GOP presidential candidate',
    ],
    [
      '“Datuk” after a role',
      '“We will win,” said committee chairman Datuk Mohd Fauzi Abdul Rahman.',
      'Mohd Fauzi Abdul Rahman',
      'committee chairman',
    ],
    [
      '“Dame” after an office',
      '“We will win,” said Home Office minister Dame Angela Eagle.',
      'Angela Eagle',
      'Home Office minister',
    ],
    ['a title alone', '“We will win,” said Dr. Ben Carson.', 'Ben Carson', 'Dr.'],
    [
      'an honour and its style after an office',
      '“We will win,” said Prime Minister Datuk Seri Anwar Ibrahim.',
      'Anwar Ibrahim',
      'Prime Minister',
    ],
    [
      'an honour alone is no role, and the appositive’s is',
      '“We will win,” said Datuk Mohd Yusof Ahmad, the chairman of Felda.',
      'Mohd Yusof Ahmad',
      'the chairman of Felda',
    ],
    [
      'a brand’s “Dr.” inside the role',
      '“We will win,” said former Dr. Martens chief executive Kenny Wilson.',
      'Kenny Wilson',
      'former Dr. Martens chief executive',
    ],
  ])(
    'keeps a title of courtesy out of the role before it (%s)',
    (_name, paragraph, speaker, role) => {
      const [q] = extractQuotes(article(paragraph));
      expect([q?.speaker, q?.descriptor]).toEqual([speaker, role]);
    },
  );

  it.each([
    ['an aside', 'Mike Pence, on the other hand, said: “We will win this state.”'],
    ['a time', '“We will win this state,” said Mike Pence, hours after the debate.'],
  ])('shows no descriptor the clause only happened to hold (%s)', (_name, paragraph) => {
    const [q] = extractQuotes(article(paragraph));
    expect(q?.speaker).toBe('Mike Pence');
    expect(q?.descriptor).toBeUndefined();
  });

  it('gives one speaker to a quote split around its attribution', () => {
    expect(who('“Taxes will rise,” Jane Doe said. “Spending will not.”')).toEqual([
      ['Taxes will rise,', 'Jane Doe'],
      ['Spending will not.', 'Jane Doe'],
    ]);
    expect(
      who('“Taxes will rise,” she said, “and spending will not.”').map((x) => x[0]),
    ).toHaveLength(2);
  });

  it('continues a quote into the next paragraph with no new attribution', () => {
    const quotes = who(
      'Jane Doe, an economist, spoke on Monday.',
      '“Taxes will rise next year,” Doe said.',
      '“Spending will not fall, whatever the minister says.”',
    );
    expect(quotes.map((q) => q[1])).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('takes a colon introduction at the end of the previous paragraph', () => {
    expect(
      who('Pat Caddell continued:', '"The health issue is very much a partisan issue."'),
    ).toEqual([['The health issue is very much a partisan issue.', 'Pat Caddell']]);
  });

  it('resolves he/she to the last named speaker of the fitting kind', () => {
    const quotes = who(
      'Hillary Clinton spoke first. “We will win this state,” she said.',
      'John Smith, a voter, disagreed. “I do not think so at all,” he added.',
      '“It is not over yet, not by a long way,” she said.',
    );
    expect(quotes.map((q) => q[1])).toEqual(['Hillary Clinton', 'John Smith', 'Hillary Clinton']);
  });

  it('resolves surnames and honorifics to the full name introduced earlier', () => {
    const quotes = extractQuotes(
      article(
        'Song Zhongping, a Beijing commentator, defended the visit.',
        '“Exchanges at the university level are normal,” Mr. Song said.',
        'Marcus Galauskas, an expert, disagreed.',
        '“Russia can easily share it with North Korea,” Galauskas said.',
      ),
    );
    expect(quotes.map((q) => [q.speaker, q.mention])).toEqual([
      ['Song Zhongping', 'Mr. Song'],
      ['Marcus Galauskas', 'Galauskas'],
    ]);
    expect(quotes[0]?.descriptor).toBe('a Beijing commentator');
  });

  // A capitalised word opening the sentence is no name when it is a role in the plural: nobody
  // in particular said it. A surname that looks plural stays the person's ("Fields said").
  it('gives no speaker to a group named by a plural role ("Residents said")', () => {
    expect(
      who(
        'Residents said they were “fed up with the delays on the line.”',
        'Officials warned that “the worst is yet to come for the town.”',
      ),
    ).toEqual([
      ['fed up with the delays on the line.', null],
      ['the worst is yet to come for the town.', null],
    ]);
    expect(
      speakerOf(
        'I never wanted',
        'The reporter Michelle Fields filed a complaint on Friday.',
        '“I never wanted any of this to happen,” Fields said.',
      ),
    ).toBe('Michelle Fields');
  });

  it('never takes a person named inside the quotation as its speaker', () => {
    const [q] = extractQuotes(
      article('“Vladimir Putin said nothing new today, and Xi Jinping agreed,” Jane Doe said.'),
    );
    expect(q?.speaker).toBe('Jane Doe');
    expect(who('“Vladimir Putin said nothing new and Xi Jinping agreed with him.”')).toEqual([
      ['Vladimir Putin said nothing new and Xi Jinping agreed with him.', null],
    ]);
  });

  it('makes "a spokesman for X" X’s spokesman: not X, and not nobody', () => {
    const [q] = extractQuotes(
      article('“We have no comment on the report,” a spokesman for Hillary Clinton said.'),
    );
    expect(q).toMatchObject({
      speaker: 'Hillary Clinton spokesman',
      mention: 'a spokesman for Hillary Clinton',
    });
  });

  // The voice of whoever was just reported speaking in the paragraph, or of the organisation the
  // article gave a spokesman before: the convention of "a spokesman for X".
  it('makes a bare "a spokeswoman" or "the spokesman" the voice of the source just named', () => {
    const [bare] = extractQuotes(
      article(
        'Metrolinx said it was working with the city. A spokeswoman added: “We are doing everything we can to restore service.”',
      ),
    );
    expect(bare?.speaker).toBe('Metrolinx spokeswoman');
    const [named] = extractQuotes(
      article(
        'A spokesman for the Saskatchewan Health Authority said it is recruiting. “We expect normal service to resume Monday,” the spokesman said.',
      ),
    );
    expect(named?.speaker).toBe('Saskatchewan Health Authority spokesman');
  });

  // Cases a review of the rules for descriptions and spokespeople found wrong: each names the
  // speaker it must not take.
  describe('descriptions that point at someone else', () => {
    it('does not give the judge’s words to the defendant just quoted', () => {
      expect(
        speakerOf(
          'no remorse',
          '“I am truly sorry for what I did,” Marcus Bell told the court. “You showed no remorse until today,” the judge said.',
        ),
      ).toBeNull();
    });

    it('does not make "the union" its president, nor "the board" its chair', () => {
      expect(
        speakerOf(
          'ready to bargain',
          '“Our members are exhausted,” said Heather Smith, the president of the union.',
          '“We remain ready to bargain,” the union said in a statement Friday.',
        ),
      ).toBeNull();
    });

    it('gives an age never stated to the student just quoted, not to a premier named before', () => {
      expect(
        speakerOf(
          'two jobs',
          'Premier Doug Ford announced the tuition freeze on Monday.',
          '“Tuition is out of reach,” said university student Aisha Khan. “I work two jobs,” the 21-year-old said.',
        ),
      ).toBe('Aisha Khan');
    });

    it('keeps a named spokesman, and stops an organisation’s name at "and"', () => {
      expect(
        speakerOf(
          'hiring more nurses',
          'Doug Dobson, a spokesman for the Saskatchewan Health Authority, said the situation was improving.',
          '“We are hiring more nurses,” the spokesman said.',
        ),
      ).toBe('Doug Dobson');
      expect(
        speakerOf(
          'We are hiring',
          'A spokesman for the Saskatchewan Health Authority and Premier Scott Moe both declined to comment on Friday.',
          '“We are hiring,” the spokesman said.',
        ),
      ).toBe('Saskatchewan Health Authority spokesman');
    });

    it('widens a spokesperson’s short name to the body named before whose name it opens', () => {
      expect(
        speakerOf(
          'reject the allegations',
          'The regulator on Thursday sued grocery chain Harbourline Foods, alleging it misled shoppers.',
          'A Harbourline spokesperson said the company would fight. “We reject the allegations,” the spokesperson said.',
        ),
      ).toBe('Harbourline Foods spokesperson');
    });

    it('widens it past a common noun opening the body’s sentence (“Carmaker Rheinwerk…”)', () => {
      expect(
        speakerOf(
          'last resort',
          'FRANKFURT — Carmaker Rheinwerk Automobil AG will cut 4,500 jobs by 2027, the company said on Wednesday.',
          'A Rheinwerk spokesman said the company would seek voluntary departures. “Compulsory redundancies are a last resort,” he said.',
        ),
      ).toBe('Rheinwerk Automobil AG spokesman');
    });

    it('gives no private person a spokeswoman', () => {
      expect(
        speakerOf(
          'displaced families',
          '“I lost everything,” said resident Tom Reed. A spokeswoman added: “The city will help displaced families.”',
        ),
      ).toBeNull();
    });

    it('keeps "Justice Department" whole, and the force is not its chief', () => {
      expect(
        speakerOf(
          'disagree',
          'The Justice Department said it would appeal.',
          '“We disagree with the ruling,” the department said.',
        ),
      ).toBe('Justice Department');
      expect(
        speakerOf(
          'investigation is continuing',
          'Police Chief Thandiwe Mokoena announced the arrests on Monday.',
          '“The investigation is continuing,” the force said.',
        ),
      ).toBeNull();
    });

    it('types a name with honours after it as a person, and leaves the honours out of it', () => {
      const [q] = extractQuotes(
        article('“We feed 400 families a week,” said Thandiwe Mokoena OBE, who runs a food bank.'),
      );
      expect(q?.speakerType).toBe('person');
      expect(q?.speaker).toBe('Thandiwe Mokoena');
      // A silk or a seat after the name, and the surname alone later, are the same person.
      const quotes = extractQuotes(
        article(
          '“We will appeal,” said Harriet Oduya KC, for the family.',
          '“The verdict is wrong,” Oduya said.',
        ),
      );
      expect(quotes.map((x) => x.speaker)).toEqual(['Harriet Oduya', 'Harriet Oduya']);
    });

    it('lets "they" stop at a group the paragraph before opens with', () => {
      expect(
        speakerOf(
          'never saw it coming',
          'Tom Hughes and Mary Ellis were arrested Tuesday in Halifax.',
          'Police said the pair had been under surveillance.',
          'Residents of the quiet street were stunned by the arrests.',
          '“We never saw it coming,” they said.',
        ),
      ).toBeNull();
    });
  });

  // Rules from the third batch of style cases (ids 500–579), each in words of its own here.
  describe('organisations and people named by description', () => {
    it('gives "The statement read:" to whoever an opening "In a statement…," names', () => {
      const text = [
        'Craft brewer Kettle Rock Holdings will shut its bottling plant at Ashcombe next year.',
        'In a statement issued late on Monday, the company cited falling sales. The statement read: “We explored every option before taking this step.”',
      ];
      expect(speakerOf('every option', ...text)).toBe('Kettle Rock Holdings');
      // A sign that "read" something says nobody's words.
      expect(
        speakerOf(
          'forty years',
          'A sign on the door read “Closed for good after forty years of service.”',
        ),
      ).toBeNull();
    });

    it('takes "the alliance", "the insurer" from the name the organisation was given', () => {
      expect(
        speakerOf(
          'good faith',
          'The Northern Ferry Operators Alliance had threatened to stop sailings on Monday.',
          '“We will keep sailing in good faith,” the alliance said.',
        ),
      ).toBe('Northern Ferry Operators Alliance');
      expect(
        speakerOf(
          'price that risk',
          'Coastline Mutual Insurance will stop selling flood cover in the valley, citing claims.',
          'Advocate Jo Hart called it “a blow.”',
          '“We cannot price that risk,” the insurer said.',
        ),
      ).toBe('Coastline Mutual Insurance');
    });

    it('finds "her son" in "confirmed by her son, Name"', () => {
      expect(
        speakerOf(
          'never turned anyone away',
          'Rosa Delgado, who ran a bakery for 50 years, died on Sunday.',
          'Her death was announced by her son, Miguel Delgado, who runs the bakery now.',
          'Born in Seville, she moved to the town in 1961 with her late husband, Ernesto.',
          '“She never turned anyone away,” her son said.',
        ),
      ).toBe('Miguel Delgado');
    });

    it('tells two organisers apart by a capitalised qualifier ("the Victorian organiser")', () => {
      expect(
        speakerOf(
          'stand together',
          'The union’s Victorian organiser, Gemma Lindqvist, said talks had stalled.',
          'The union’s NSW organiser, Tariq Hussaini-Blake, said drivers were tired.',
          '“We stand together,” the Victorian organiser said.',
        ),
      ).toBe('Gemma Lindqvist');
    });

    it('finds "the secretary" in "The Union’s NSW secretary, Name," (a capitalised qualifier)', () => {
      expect(
        speakerOf(
          'inconvenience commuters',
          'The Rail, Tram and Bus Union’s NSW secretary, Tariq Hussaini-Blake, said drivers were tired.',
          'Transit Harbour chief operating officer Gemma Lindqvist said the company offered a rise.',
          '“Nobody wants to inconvenience commuters,” the union’s state secretary said.',
        ),
      ).toBe('Tariq Hussaini-Blake');
    });

    it('leaves a plural role opening a pair out of their names', () => {
      expect(
        speakerOf(
          'miss them all',
          'Founders Ana Ruiz and Tom Baker said rising rent had made the café unviable.',
          '“We will miss them all,” they said.',
        ),
      ).toBe('Ana Ruiz and Tom Baker');
      // A role of several words, lowercase after its first: "Grade 11 students X and Y".
      expect(
        speakerOf(
          'miss them all',
          'Grade 12 students Ana Ruiz and Tom Baker, both 17, built the robot in a garage.',
          '“We will miss them all,” they said.',
        ),
      ).toBe('Ana Ruiz and Tom Baker');
      // Not a pair a verb ending in s names as its object.
      expect(
        speakerOf(
          'miss them all',
          'The mayor thanks Ana Ruiz and Tom Baker for their work.',
          '“We will miss them all,” they said.',
        ),
      ).toBeNull();
    });

    it('knows "he" is not Aoife Brennan, and that "Ms. Sandhu" is Gurpreet Sandhu', () => {
      expect(
        speakerOf(
          'better shape',
          'Kwame Asante, the club’s treasurer, opened the meeting.',
          'Aoife Brennan, who chairs the board, said the accounts were sound.',
          '“We have never been in better shape,” he said.',
        ),
      ).toBe('Kwame Asante');
      // A first name's usual gender yields to an honorific when no one else fits it.
      expect(
        speakerOf(
          'too long',
          'Trade Minister Gurpreet Sandhu announced the bill on Tuesday.',
          'Ms. Sandhu said: “For too long it has been easier to trade abroad than at home.”',
        ),
      ).toBe('Gurpreet Sandhu');
    });

    it('reads "In the words of Name, …:" as the quotation’s source', () => {
      expect(
        speakerOf(
          'come back every year',
          'In the words of Grace Mbeki, who has run the kiosk since 1990: “They come back every year.”',
        ),
      ).toBe('Grace Mbeki');
    });

    it('takes "the union" and "the watchdog" for an association and an office named so', () => {
      expect(
        speakerOf(
          'cannot replace',
          'The Federation of Rural Nurses (FRN) said most members backed a strike.',
          '“Clinics are losing staff they cannot replace,” the union said.',
        ),
      ).toBe('Federation of Rural Nurses');
      expect(
        speakerOf(
          'escalating penalties',
          'The Rail Standards Authority found that Westline Rail had missed its targets.',
          'Westline’s director, Amy Cole, said the firm would appeal.',
          '“Operators that fail will face escalating penalties,” the watchdog said.',
        ),
      ).toBe('Rail Standards Authority');
    });

    it('takes "the fire service" for no police force named before (review)', () => {
      expect(
        speakerOf(
          'blaze under control',
          'A warehouse in Tipton was destroyed by fire overnight, West Midlands Police said.',
          '“Crews worked through the night to bring the blaze under control,” the fire service said.',
        ),
      ).toBeNull();
    });

    it('gives a lede opening on someone unnamed who says something not to whom the story names next (review)', () => {
      expect(
        speakerOf(
          'left to die',
          'A Winnipeg woman says her son was “left to die” in a hospital hallway.',
          'Jordan Smith, 19, died at Health Sciences Centre in March.',
        ),
      ).not.toBe('Jordan Smith');
    });

    it('takes no schools for "the health district" (review)', () => {
      expect(
        speakerOf(
          'vaccination records',
          'Spokane Public Schools closed three buildings after a student was diagnosed with measles.',
          '“We urge parents to check their children’s vaccination records,” the health district said.',
        ),
      ).toBeNull();
    });

    it('takes "the district" for a US school district named by its schools', () => {
      expect(
        speakerOf(
          'painful for families',
          'Spokane Public Schools will close three elementary schools next year, officials announced Monday.',
          '“We know this is painful for families,” the district said in a statement.',
        ),
      ).toBe('Spokane Public Schools');
    });
  });

  // A review of the rules above found each of these wrong as first written.
  describe('descriptions the rules above must not over-read', () => {
    it('takes no lawyer from "Accompanied by his lawyer, Tom Reyes told…"', () => {
      expect(
        speakerOf(
          'appeal this decision',
          'Accompanied by his lawyer, Tom Reyes told reporters on Monday he was innocent.',
          'Prosecutors say Reyes took the money over three years.',
          '“We will appeal this decision at the first opportunity,” the lawyer said.',
        ),
      ).toBeNull();
    });

    it('matches a noun by stem only against a name’s last word', () => {
      expect(
        speakerOf(
          'cost of living',
          'Nurses at Saint Mary’s Hospital voted to strike on Tuesday.',
          'The dispute comes as the Federal Reserve raised interest rates again.',
          '“Our members cannot keep up with the cost of living,” the union said.',
        ),
      ).toBeNull();
      expect(
        speakerOf(
          'return to profit',
          'Filings at Companies House show Brightwater Foods lost £3m last year.',
          'The accounts were filed late.',
          '“We expect to return to profit next year,” the company said.',
        ),
      ).toBe('Brightwater Foods');
    });

    it('takes no government office for "the watchdog"', () => {
      expect(
        speakerOf(
          'applies to everyone',
          'The Information Commissioner’s Office fined a charity on Monday.',
          'Separately, the Home Office announced new visa rules.',
          '“Data protection law applies to everyone,” the watchdog said.',
        ),
      ).toBeOneOf([null, 'Information Commissioner’s Office']);
    });

    it('takes the sender of a statement from the subject only, not its object', () => {
      expect(
        speakerOf(
          'ignored every warning',
          'In a statement on Friday, hospital managers blamed Tom Reyes for the delays.',
          '“He ignored every warning our staff gave him over two years,” the statement said.',
        ),
      ).toBeNull();
    });

    it('lets a reporting clause after "In the words of X, …" name the speaker', () => {
      expect(
        speakerOf(
          'not done yet',
          'In the words of Martin Luther King, the arc of the moral universe is long, Obama told the crowd: “We have come so far, but we are not done yet.”',
        ),
      ).toBe('Obama');
    });

    it('reads back past a paragraph that only quotes a phrase to the speaker before it', () => {
      expect(
        speakerOf(
          'no choice left',
          'Tom Reyes, who leads the drivers’ union, said on Monday that members would walk out.',
          'Talks broke down on Friday after chief executive Dan Shaw left the room early.',
          'The offer on the table was described as “final”.',
          '“We have no choice left but to strike,” he said.',
        ),
      ).toBe('Tom Reyes');
    });

    it('keeps a company name whose first word is a trade ("Carrier Global Corp")', () => {
      expect(
        speakerOf(
          'difficult decision',
          'Carrier Global Corp said on Monday it would close its plant in Indiana.',
          '“This was a very difficult decision for everyone involved,” the company said.',
        ),
      ).toBe('Carrier Global Corp');
    });
  });

  it('keeps quotes without an identifiable speaker as unattributed', () => {
    expect(who('The sign read “Welcome to the town where nothing ever happens.”')).toEqual([
      ['Welcome to the town where nothing ever happens.', null],
    ]);
  });

  // A passive verb after the quotation reports nothing: its subject said nothing ("the staffer was
  // charged"); the clause before the quotation does.
  it('reads no attribution from a passive verb after the quotation', () => {
    expect(
      who(
        'Ann Park defended her manager as a “very decent man” Tuesday, hours after the staffer was charged.',
      ),
    ).toEqual([['very decent man', 'Ann Park']]);
  });

  it('takes the name in “what X, a description, called” as the subject', () => {
    expect(
      who(
        'The delegates fought to the end, in what Bay Buchanan, national treasurer for the campaign, called “hand-to-hand combat.”',
      ),
    ).toEqual([['hand-to-hand combat.', 'Bay Buchanan']]);
  });

  it('drops scare quotes and titles that no reporting verb governs', () => {
    expect(who('The so-called “experts” watched “The Apprentice” on a “normal” day.')).toEqual([]);
    expect(who('Ann Park called the plan “reckless.”')).toEqual([['reckless.', 'Ann Park']]);
    // A group nobody named ("Critics", a role in the plural) gives the word to no one.
    expect(who('Critics called the plan “reckless.”')).toEqual([]);
  });

  it('marks partial quotes', () => {
    const [q] = extractQuotes(
      article('Jane Doe called the plan “a reckless gamble with savings.”'),
    );
    expect(q).toMatchObject({ kind: 'partial', speaker: 'Jane Doe' });
  });

  it('copes with a quote left open at the end of the article', () => {
    expect(who('Jane Doe said: “This is where the file ends')).toEqual([
      ['This is where the file ends', 'Jane Doe'],
    ]);
  });

  it('survives empty and odd input', () => {
    expect(extractQuotes(article())).toEqual([]);
    expect(extractQuotes(article('', '“', '”', '""', '"“”"'))).toEqual([]);
    expect(() => extractQuotes(article('“'.repeat(5000) + 'x'.repeat(5000)))).not.toThrow();
  });
});

describe('extractQuotes on a kin noun ending a paragraph (user review)', () => {
  it('reads the article: "left the estate to his son," threw and stopped every command', () => {
    expect(
      who('The farmer left the estate to his son,', '"It is over," said lawyer John Smith.'),
    ).toEqual([['It is over,', 'John Smith']]);
  });
});

describe('extractQuotes on the seed articles', () => {
  const s000 = seed('000_54998b500be7b4bb.txt');
  const find = (quotes: ExtractedQuote[], start: string): ExtractedQuote | undefined =>
    quotes.find((q) => q.text.startsWith(start));

  it('attributes the McGregor quote opened with a closing mark', () => {
    expect(find(s000, 'There is also a defiance')?.speaker).toBe('Richard McGregor');
  });

  it('carries Galauskas through the stray mark and “he added”', () => {
    expect(find(s000, 'China does not need to host Putin')).toMatchObject({
      speaker: 'Marcus Galauskas',
      mention: 'he',
      descriptor: 'a security expert at the Atlantic Council',
    });
    expect(find(s000, 'This visit, conducted so publicly')?.speaker).toBe('Marcus Galauskas');
    expect(find(s000, 'What China shares with Russia')).toMatchObject({
      speaker: 'Marcus Galauskas',
      mention: 'Galauskas',
    });
  });

  it('resolves “Mr. Song” to Song Zhongping', () => {
    expect(find(s000, 'Exchanges at the university level')).toMatchObject({
      speaker: 'Song Zhongping',
      mention: 'Mr. Song',
    });
  });

  it('gives the “limited” scare quote to Shi Yinhong through “He said”', () => {
    expect(find(s000, 'limited')).toMatchObject({ speaker: 'Shi Yinhong', kind: 'scare' });
  });

  it('finds Putin and his experts in seed 002', () => {
    const s002 = seed('002_754df6e12105acde.txt');
    expect(find(s002, 'I’ll be frank with you')?.speaker).toBe('Vladimir Putin');
    expect(find(s002, 'comfortable partner')?.speaker).toBe('Vladimir Putin');
    expect(find(s002, 'They appear to have an excellent rapport')?.speaker).toBe('Fyodor Lukyanov');
    expect(find(s002, 'Put simply')?.speaker).toBe('Li Xin');
  });

  it('gives 1-based paragraph numbers into article.paragraphs', () => {
    const [first] = parseArticles(
      '000_54998b500be7b4bb.txt',
      readFileSync(new URL('../../seeds/000_54998b500be7b4bb.txt', import.meta.url)),
    );
    for (const q of s000) {
      const paragraph = first?.paragraphs[q.paragraph - 1] ?? '';
      expect(paragraph).toContain(q.text.slice(0, 30));
    }
  });
});

describe('short statements', () => {
  it('keeps a short statement opening its sentence a statement, not a scare quote', () => {
    const quotes = extractQuotes(
      article('Jacinda Ardern visited the site. "It is heartbreaking," Ms Ardern said.'),
    );
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([['Jacinda Ardern', 'full']]);
  });
});

describe('names of works', () => {
  it('drops a show or book named in marks, keeps the statement and scare quotes beside it', () => {
    const quotes = extractQuotes(
      article(
        'Jane Doe said on ABC’s “This Week” that “the plan is dead and buried.”',
        'Tom Reed, author of “The Long Road Home,” said the book took a decade.',
        'Ann Park was accused of betraying the “motherland” by her rivals, she said.',
      ),
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ['the plan is dead and buried.', 'Jane Doe', 'partial'],
      ['motherland', 'Ann Park', 'scare'],
    ]);
  });

  it.each([
    ['the noun for a work', 'Ann Park, star of the reality show “Island Life,” said she was done.'],
    ['a comma after a noun no one owns', 'Voters read the memoir, “Tough Choices.”'],
    ['a term after so-called', 'Ann Park said voters in so-called “closed” primaries stayed home.'],
    ['"titled"', 'Tom Reed released a memo titled “The Facts on Where the Race Stands.”'],
  ])('drops a title after %s', (_, text) => {
    expect(extractQuotes(article(text))).toEqual([]);
  });

  it('drops a headline with its byline, keeps the excerpt quoted after it', () => {
    const quotes = extractQuotes(
      article(
        'STAGE—“Musical to play Salem in long run,” by Variety’s Tom Reed: “The musical will ride its wave of hype all the way west.”',
      ),
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The musical will ride its wave of hype all the way west.', 'Tom Reed'],
    ]);
  });

  it('drops a show’s title after "an interview with", keeps the statement before it', () => {
    const quotes = extractQuotes(
      article('“We will win,” Ann Park said in an interview with “Morning Talk with Tom Reed.”'),
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We will win,', 'Ann Park']]);
  });

  it('reads a title with a lowercase preposition as a title, not a statement', () => {
    const quotes = extractQuotes(
      article('Ann Park was a guest on “Morning Talk with Tom Reed” this week, her office said.'),
    );
    expect(quotes).toEqual([]);
  });

  it('keeps a statement after a work noun that is no title', () => {
    const quotes = extractQuotes(
      article('On her show, Ann Park said the plan was “doomed from the start and badly run.”'),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ann Park']);
  });
});

// A read-through of this session's rules found each of these misfiring; each is kept right here.
describe('extractQuotes: this session’s rules, where they must not reach', () => {
  it('still reads "was quoted by X as saying" and "is reported to have said"', () => {
    expect(
      speakerOf(
        'respond to any provocation',
        '“We will respond to any provocation with force,” Vladimir Putin was quoted by the Interfax news agency as saying.',
      ),
    ).toBe('Vladimir Putin');
    expect(
      speakerOf('Prices will rise', '“Prices will rise,” Smith is reported to have said.'),
    ).toBe('Smith');
  });

  it('gives a lede’s "the agency" or "the woman" to no official quoted in the story', () => {
    expect(
      speakerOf(
        'deeply regret',
        'OTTAWA — A federal agency has admitted it lost the personal data of 10,000 people.',
        'Privacy Commissioner Philippe Dufresne said he would investigate.',
        '“We deeply regret this incident and are working to fix it,” the agency said.',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'so sorry',
        'A woman has been charged after a crash on Highway 7.',
        'Police spokesperson Sarah Jones said the investigation continues.',
        '“I am so sorry for what happened to them,” the woman said in court.',
      ),
    ).toBeNull();
  });

  it('keeps a court and the United Way organisations, not streets', () => {
    expect(
      speakerOf(
        'irreparable harm',
        'The Ontario Superior Court dismissed the application on Thursday.',
        '“The applicant has not shown any irreparable harm,” the court said in its ruling.',
      ),
    ).toBe('Ontario Superior Court');
  });

  it('gives "the German" to the German the article named, not the last speaker', () => {
    expect(
      speakerOf(
        'will not waver',
        'German Chancellor Olaf Scholz met U.S. President Joe Biden on Friday.',
        '“We discussed Ukraine at length,” Biden said.',
        '“Our support will not waver,” the German said.',
      ),
    ).toBe('Olaf Scholz');
  });

  it('reads a given name as a given name before a second surname ("Maria" of Maria Lopez)', () => {
    expect(
      speakerOf(
        'open at five',
        'Anna Maria Rossi, 62, runs the bakery with her friend Maria Lopez.',
        '“We open at five every morning,” Maria said.',
      ),
    ).toBe('Maria Lopez');
  });

  it('carries no quotation to a man a narrative "He" is about who never spoke', () => {
    expect(
      speakerOf(
        'miss him terribly',
        'John Smith, 80, died at his home in Truro on Sunday.',
        '“He was the kindest man on the street,” said neighbour Mary Jones.',
        'He had lived in the same house since 1965.',
        '“We will all miss him terribly, every single one of us.”',
      ),
    ).toBe('Mary Jones');
  });

  it('finds for "the union leader" a union’s president only, and keeps "top seed" a role', () => {
    expect(
      speakerOf(
        'historic moment',
        'UAW president Shawn Fain led the strike in Detroit. On Tuesday, President Joe Biden joined the picket line in Michigan.',
        '“This is a historic moment for working people,” the union leader said.',
      ),
    ).toBeOneOf([null, 'Shawn Fain']);
    expect(
      speakerOf(
        'played well',
        'Top seed Rafael Nadal beat Andy Murray in straight sets on Sunday.',
        '“I played well today,” the top seed said.',
      ),
    ).toBe('Rafael Nadal');
  });
});

describe('extractQuotes: a body named "of" its portfolio', () => {
  it('keeps the words after "and" in its name, but not a person after it', () => {
    expect(
      speakerOf(
        'stocks are healthy',
        'The Department of Fisheries and Oceans said the closure would be reviewed.',
        '“We believe the stocks are healthy enough to reopen,” the department said.',
      ),
    ).toBe('Department of Fisheries and Oceans');
    expect(
      speakerOf(
        'review the budget',
        'The Ministry of Finance and Mayor Jo Reed met on Monday.',
        '“We will review the budget line by line,” the ministry said.',
      ),
    ).toBe('Ministry of Finance');
  });
});

// A read-only review of the rules from the tenth and eleventh style batches found each of these
// misfiring; each is kept right here (made-up passages in the review's shapes).
describe('extractQuotes: the tenth and eleventh batches’ rules, where they must not reach', () => {
  const kinds = (...paragraphs: string[]): [string | null, string][] =>
    extractQuotes(article(...paragraphs)).map((q) => [q.speaker, q.kind]);

  it('reads no label in phoning, nor after a name and its sentence’s verb', () => {
    expect(
      kinds('Mara Quist said her landlord started calling her “at all hours of the night” in May.'),
    ).toEqual([['Mara Quist', 'partial']]);
    expect(
      kinds(
        'A city scheme dubbed Operation Warmth aims “to house every rough sleeper by winter,” Mayor Jo Reed said.',
      ),
    ).toEqual([['Jo Reed', 'partial']]);
    // A label nobody in particular gave is kept, as a nickname is.
    expect(kinds('Critics have dubbed the plan “a charter for fire and rehire.”')).toEqual([
      [null, 'scare'],
    ]);
  });

  it('gives a lede’s role to no one the lede itself names, nor to a place', () => {
    const said = '“We believe the judge erred, and we will appeal,” the mayor said Tuesday.';
    expect(
      speakerOf(
        'judge erred',
        'The mayor of Matane says the town will appeal a $2-million award to former employee Lise Gagnon-Roy.',
        'A Quebec Superior Court judge ruled last week that the dismissal was unfair.',
        said,
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'pay for this',
        'The premier says the province will cover the cost of repairs after the flood.',
        'The storm dumped 250 millimetres of rain on Annapolis Royal on Friday.',
        '“No family should pay for this alone,” the premier said.',
      ),
    ).toBeNull();
  });

  it('reads no pair in the object of a verb before a plural role', () => {
    expect(
      speakerOf(
        'come forward',
        'Police arrested teenagers Tyler Bighetty and Jordan Fontaine on Sunday.',
        '“We are asking anyone with video to come forward,” they said in a statement.',
      ),
    ).toBeNull();
  });

  it('does not widen a firm’s spokesperson to its product', () => {
    expect(
      speakerOf(
        'working hard',
        'Tesla said on Monday it would delay the launch.',
        'The Tesla Model Y went on sale in the U.S. in February.',
        'A Tesla spokesperson said the company was “working hard to get it right.”',
      ),
    ).toBe('Tesla spokesperson');
  });

  it('reads post-nominal letters only as written, in capitals', () => {
    expect(
      extractQuotes(
        article(
          'HANOI — Nguyen Thi Am, 68, has sold pho on the same corner for decades.',
          '“The street has changed, but my soup has not,” Nguyen Thi Am said.',
        ),
      ).map((q) => q.speaker),
    ).toEqual(['Nguyen Thi Am']);
  });
});

describe('extractQuotes: a surname of two words', () => {
  it('finds the full name, also when the surname opens on a particle', () => {
    expect(
      speakerOf(
        'same table',
        'Mariel Dela Cruz-Ocampo will open a restaurant on Main Street next month.',
        '“We ate adobo and perogies at the same table,” Dela Cruz-Ocampo said.',
      ),
    ).toBe('Mariel Dela Cruz-Ocampo');
    expect(
      speakerOf(
        'same table',
        'Chef Pieter Van Dyk opened the restaurant in May.',
        '“We ate adobo and perogies at the same table,” Van Dyk said.',
      ),
    ).toBe('Pieter Van Dyk');
  });
});

describe('extractQuotes: a role the lede opens on', () => {
  it('is the person the story names next, when no one was given the role', () => {
    const said = '“We cannot take chances with the children,” the mayor said.';
    expect(
      speakerOf(
        'take chances',
        'The mayor of Matane says the town arena will stay closed this winter.',
        'Aurélie Thibodeau-Roy made the announcement Monday beside the head of public works, Marc Pelletier.',
        said,
      ),
    ).toBe('Aurélie Thibodeau-Roy');
    // Not an official quoted on the story's behalf.
    expect(
      speakerOf(
        'take chances',
        'The mayor of Matane says the town arena will stay closed this winter.',
        'Fire Chief Marc Pelletier inspected the roof on Friday.',
        said,
      ),
    ).toBeNull();
  });
});

describe('extractQuotes: naming verbs, in British spelling too', () => {
  it('gives a coined phrase to whoever labelled, nicknamed, branded or termed it so', () => {
    const scare = (quote: string, ...paragraphs: string[]): [string | null, string] | undefined => {
      const q = extractQuotes(article(...paragraphs)).find((x) => x.text.includes(quote));
      return q && [q.speaker, q.kind];
    };
    expect(
      scare(
        'tax on ambition',
        'The budget drew fire, with economist Wendell Prior labelling it a “tax on ambition.”',
      ),
    ).toEqual(['Wendell Prior', 'scare']);
    expect(
      scare(
        'the Lockbox',
        'The Lakers allowed 41 points, a unit coordinator Vince Dellapina has nicknamed "the Lockbox."',
      ),
    ).toEqual(['Vince Dellapina', 'scare']);
    expect(
      scare('reckless', 'Opposition leader Mara Quist branded the plan "reckless" on Tuesday.'),
    ).toEqual(['Mara Quist', 'scare']);
  });
});

describe('extractQuotes: a phrase given as a name, with no one saying it', () => {
  it('keeps a nickname or what a thing is called, as scare with no speaker', () => {
    const kept = (...paragraphs: string[]): [string, string | null, string][] =>
      extractQuotes(article(...paragraphs)).map((q) => [q.text, q.speaker, q.kind]);
    expect(kept('Neighbours have already given it a nickname: "the Cheese Grater."')).toEqual([
      ['the Cheese Grater.', null, 'scare'],
    ]);
    expect(kept('Some recreation managers have taken to calling it "the whistle gap."')).toEqual([
      ['the whistle gap.', null, 'scare'],
    ]);
    expect(
      kept('The suspect, who has been dubbed the “Rubber Boot Bandit”, was arrested.'),
    ).toEqual([['Rubber Boot Bandit', null, 'scare']]);
    // With an adverb between: "known locally as", "known informally as".
    expect(
      kept('The junction, known locally as “the Spaghetti Bowl,” was rebuilt in 2019.'),
    ).toEqual([['the Spaghetti Bowl,', null, 'scare']]);
    expect(kept('The ward is known informally as "the Annex" among nurses.')).toEqual([
      ['the Annex', null, 'scare'],
    ]);
    expect(kept('Residents of the county, known locally as “snowbirds,” fly south.')).toEqual([
      ['snowbirds,', null, 'scare'],
    ]);
    // A name ending in -ly is no adverb: "known Kelly as" gives no label.
    expect(kept('The coach said he had known Kelly as “the hardest worker” on the team.')).toEqual(
      [],
    );
    // Emphasis nobody is said to use is still nothing to keep.
    expect(kept('The plan was, in the end, a “success” of sorts.')).toEqual([]);
  });

  it('reads a name of four words or more as a label too, not as a statement', () => {
    const kinds = (...paragraphs: string[]): [string | null, string][] =>
      extractQuotes(article(...paragraphs)).map((q) => [q.speaker, q.kind]);
    expect(
      kinds(
        'The unfinished span, which commuters have taken to calling “the ramp to nowhere,” sits idle.',
      ),
    ).toEqual([[null, 'scare']]);
    expect(
      kinds(
        'The Harbour Workers Union (HWU) has dubbed the proposals “a licence to cut wages” and warned of strikes.',
      ),
    ).toEqual([['Harbour Workers Union', 'scare']]);
    expect(
      kinds(
        'In a sentencing memo, prosecutor Ana Ruiz dubbed him “the Santa Claus who kept the presents,” mocking his claims.',
      ),
    ).toEqual([['Ana Ruiz', 'scare']]);
    // What a critic calls a film is their words, not its name.
    expect(
      kinds(
        'Critic Lena Osei gave the film four stars, calling it “brave, funny and far too long.”',
      ),
    ).toEqual([['Lena Osei', 'partial']]);
  });
});

describe('extractQuotes: an adverb opening a sentence', () => {
  it('is no name: "Afterwards, the 26-year-old admitted…" leaves "she" to the striker', () => {
    expect(
      speakerOf(
        'just hit it',
        'Ines Albizu had not scored in 11 matches. On Sunday she scored twice in seven minutes.',
        'Afterwards, the 26-year-old admitted the drought had weighed on her.',
        '“Today I stopped thinking. I just hit it,” she said.',
      ),
    ).toBe('Ines Albizu');
  });

  itNames('nor is %s', [
    [
      'a group in the plural: "Fishermen have been advised" leaves "she" to the director',
      [
        'Director Sunanda Pattnaik-Behera said the storm would reach the coast by Wednesday evening. Fishermen have been advised not to venture into the sea.',
        '“Wind speeds of 50 to 60 kmph are expected along the coast,” she said.',
      ],
      'Wind speeds',
      'Sunanda Pattnaik-Behera',
    ],
    [
      'a letter alone: "shot back hours later on X." leaves "he" to the premier',
      [
        'Premier Johan Steenkamp-Ntuli said the road fell under the roads agency.',
        'The premier shot back hours later on X. “The minister should read his own contracts,” he wrote.',
      ],
      'his own contracts',
      'Johan Steenkamp-Ntuli',
    ],
    [
      'a number of one hyphenated word: "Sixty-two years later" leaves "she" to the daughter',
      [
        'In 1962, Arturo Benavides opened a shoe repair shop in Laredo.',
        'Sixty-two years later, his daughter Graciela Benavides-Ruiz, 66, still opens the shop.',
        '“My father used to say a good shoe deserves a second life,” she said.',
      ],
      'second life',
      'Graciela Benavides-Ruiz',
    ],
  ]);
});

describe('extractQuotes: a spokesperson for a body of a long name', () => {
  it('is that body’s spokesperson, however many words its name takes', () => {
    expect(
      speakerOf(
        'avoid swimming',
        '“People should avoid swimming until further notice,” a spokesperson for the Lakehead Regional Health Unit said in an email.',
      ),
    ).toBe('Lakehead Regional Health Unit spokesperson');
    // A description before a name is no part of it.
    expect(
      speakerOf(
        'is outrageous',
        '“It is outrageous,” a spokesman for Democratic presidential candidate Hillary Clinton said.',
      ),
    ).toBe('Hillary Clinton spokesman');
  });

  it('keeps a founder’s name opening a firm’s legal name at a sentence’s start', () => {
    expect(
      speakerOf(
        'challenging first half',
        'Halvorsen Shipping ASA reported a 38% drop in profit and said it faced “a challenging first half” as rates fell.',
      ),
    ).toBe('Halvorsen Shipping ASA');
    // Not a description before one: "Carmaker Stellantis NV".
    expect(
      speakerOf('a difficult year', 'Carmaker Stellantis NV said it expected “a difficult year”.'),
    ).not.toMatch(/^Carmaker/);
  });

  it('is the body named in full before, when the mention writes only the start of its name', () => {
    const said = '“Orders are strong,” a Kestrel spokeswoman said.';
    expect(
      speakerOf('Orders are strong', 'Kestrel Marine Engineering won a $2 billion order.', said),
    ).toBe('Kestrel Marine Engineering spokeswoman');
    // A person's name opening a firm's is still that person's spokeswoman.
    expect(
      speakerOf(
        'Orders are strong',
        'Linda Kestrel founded Kestrel Marine Engineering, which won a $2 billion order.',
        said,
      ),
    ).toBe('Kestrel spokeswoman');
  });
});

describe('extractQuotes: organisations named "X of Y" or after a nationality', () => {
  it.each([
    ['the Association of Market Town Traders', 'Association of Market Town Traders'],
    ['the Canadian Union of Public Employees', 'Canadian Union of Public Employees'],
    ['the American Federation of Teachers', 'American Federation of Teachers'],
    ['the British Medical Association', 'British Medical Association'],
    ['Russian President Vladimir Putin', 'Vladimir Putin'],
    [
      'the College of Physicians and Surgeons of Ontario',
      'College of Physicians and Surgeons of Ontario',
    ],
    ['the Office for National Statistics', 'Office for National Statistics'],
    ['Fisheries and Oceans Canada', 'Fisheries and Oceans Canada'],
    ['Fire and Emergency New Zealand', 'Fire and Emergency New Zealand'],
    [
      'the Australian Competition and Consumer Commission',
      'Australian Competition and Consumer Commission',
    ],
    ['Jane Doe of the Heritage Foundation', 'Jane Doe'],
    ['Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear', 'Aly Bear'],
    ['the Assembly of First Nations', 'Assembly of First Nations'],
    [
      'the Ministry of Agriculture, Forestry and Fisheries',
      'Ministry of Agriculture, Forestry and Fisheries',
    ],
    ['the Ontario Nurses’ Association', 'Ontario Nurses’ Association'],
    ['The Blaze’s Matt Walsh', 'Matt Walsh'],
    [
      'Immigration, Refugees and Citizenship Canada',
      'Immigration, Refugees and Citizenship Canada',
    ],
    [
      'the Ministry of Children, Community and Social Services',
      'Ministry of Children, Community and Social Services',
    ],
    ['Tom Reed, Ann Park and Joe Lee', 'Ann Park and Joe Lee'],
    ['the Confederation of British Industry', 'Confederation of British Industry'],
  ])('“…,” %s said → %s', (who, name) => {
    expect(speakerOf('will rise', `“Rates will rise,” ${who} said.`)).toBe(name);
  });
});

describe('extractQuotes: a body whose name holds "and", named again by its noun', () => {
  it('gives "the commission" and "the department" the whole name', () => {
    expect(
      speakerOf(
        'were misled',
        'The Australian Competition and Consumer Commission fined the retailer on Monday.',
        '“Consumers were misled,” the commission said.',
      ),
    ).toBe('Australian Competition and Consumer Commission');
    expect(
      speakerOf(
        'too low',
        'Fisheries and Oceans Canada closed the fishery on Monday.',
        '“Stocks are too low,” the department said.',
      ),
    ).toBe('Fisheries and Oceans Canada');
  });
});

describe('extractQuotes: titles before a name, listed or not', () => {
  it.each([
    ['Reeve Lyle Pankratz', 'the reeve', 'Lyle Pankratz'],
    ['Elder Mary Thomas', 'the elder', 'Mary Thomas'],
    ['Coroner Dirk Huyer', 'the coroner', 'Dirk Huyer'],
    ['Sgt. Paul Manaigre', 'the sergeant', 'Paul Manaigre'],
    ['Ald. Jyoti Gondek', 'the alderman', 'Jyoti Gondek'],
  ])('"%s", then "%s said"', (introduced, mention, name) => {
    expect(
      speakerOf(
        'answers now',
        `Several people spoke on Monday, including ${introduced}.`,
        'A crowd of about 200 gathered outside.',
        `“We need answers now,” ${mention} said.`,
      ),
    ).toBe(name);
  });

  // Opening a sentence, a person's noun is capitalised as a title is.
  it.each([
    ['Fly-half Kwabena Mensah-Hart kicked 17 points.', 'the fly-half', 'Kwabena Mensah-Hart'],
    [
      'Midfielder Kwame Obi-Lindqvist scored twice as Ashcombe won.',
      'the midfielder',
      'Kwame Obi-Lindqvist',
    ],
  ])('"%s", then "%s said"', (opening, mention, name) => {
    expect(
      speakerOf(
        'answers now',
        opening,
        `“It means a lot,” ${name.split(' ')[1]} said.`,
        `“We need answers now,” ${mention} said.`,
      ),
    ).toBe(name);
  });

  it('a body’s name keeps its first word, a person’s noun or not ("Centre Wellington Council")', () => {
    expect(
      speakerOf(
        'past saving',
        'Centre Wellington Council voted 5-2 to close the pool.',
        '“The building is past saving,” the council said in a statement.',
      ),
    ).toBe('Centre Wellington Council');
  });
});

describe('extractQuotes: Canadian bodies named again by a noun', () => {
  it.each([
    ['The City of Toronto closed the rink on Monday.', 'the city', 'City of Toronto'],
    ['Members of CUPE Local 79 walked off the job on Monday.', 'the union', 'CUPE Local 79'],
    ['Kelowna RCMP arrested two men on Monday.', 'police', 'Kelowna RCMP'],
    [
      'The Canadian Union of Transit Operators Local 418 issued a strike notice.',
      'the local',
      'Canadian Union of Transit Operators Local 418',
    ],
    [
      'The New York Daily News ran the editorial on Monday.',
      'the Daily News',
      'New York Daily News',
    ],
    // An ordinal opening the short form is the body's own word, not "first" the adverb (the first
    // row fails without that rule; the second, a name read whole before it, guards that it stays so).
    [
      'Kitchenuhmay Lake First Nation declared a state of emergency on Sunday.',
      'the First Nation',
      'Kitchenuhmay Lake First Nation',
    ],
    [
      'Second Harvest Food Bank warned of shortages before the holidays.',
      'the Second Harvest Food Bank',
      'Second Harvest Food Bank',
    ],
    // A place that is also a given name opening a public body's name ("Regina", "Victoria").
    [
      'The Regina Police Service says officers found the driver with minor injuries.',
      'the service',
      'Regina Police Service',
    ],
    ['Victoria Police charged a 19-year-old man on Sunday.', 'police', 'Victoria Police'],
    // A place's possessive may be part of a body's official name.
    [
      'Canada’s Drug Agency said Tuesday it would not recommend coverage of the drug.',
      'the agency',
      'Canada’s Drug Agency',
    ],
    // A body's noun before "at" is where something is, not the name's ("the department at …").
    [
      'The Nova Scotia Department of Health says the emergency department at the Sainte-Anne hospital will stay closed.',
      'the department',
      'Nova Scotia Department of Health',
    ],
  ])('%s “…,” %s said → %s', (before, mention, name) => {
    expect(speakerOf('not wait', before, `“We will not wait,” ${mention} said.`)).toBe(name);
  });

  it('reads "First Nation" as a name, not a title and a word', () => {
    expect(
      speakerOf(
        'not wait',
        '“We will not wait,” Garden River First Nation Chief Andy Rickard said.',
      ),
    ).toBe('Andy Rickard');
    expect(
      speakerOf('not wait', '“We will not wait,” Garden River First Nation said in a statement.'),
    ).toBe('Garden River First Nation');
  });
});

describe('extractQuotes: a role the article gives in a sentence of its own', () => {
  // Someone else is named between the introduction and the quotation, so the speaker is not
  // merely the last person named.
  it.each([
    [
      'Anna Kowalski is president of the Main Street Business Association.',
      'the association president',
    ],
    ['Anna Kowalski is president of the Main Street Business Association.', 'the president'],
    ['Since 2019, Anna Kowalski has been the principal of Glenwood Elementary.', 'the principal'],
    ['Anna Kowalski was a paramedic in Moncton for 20 years.', 'the former paramedic'],
    ['Anna Kowalski chairs the Main Street Business Association.', 'the chair'],
    ['Anna Kowalski took over as headteacher in 2021.', 'the headteacher'],
    ['Anna Kowalski worked as a paramedic in Moncton for 20 years.', 'the former paramedic'],
    ['Anna Kowalski stepped in as coach in March.', 'the coach'],
  ])('%s … “…,” %s said', (before, mention) => {
    const between = 'Mayor Tom Reed opened the session.';
    expect(
      speakerOf('looked back', before, between, `“I never looked back,” ${mention} said.`),
    ).toBe('Anna Kowalski');
  });

  it('takes no role from what someone is said to do or be made', () => {
    // "is expected to", "was named": no role of hers; the president is the one the article named so.
    expect(
      speakerOf(
        'looked back',
        'President Omar Haddad of the Main Street Business Association opened the meeting.',
        'Anna Kowalski was named to the board on Monday.',
        '“I never looked back,” the president said.',
      ),
    ).toBe('Omar Haddad');
  });
});

describe('extractQuotes: "the company" is no place nor a word opening a sentence', () => {
  const before = 'Fundy Gypsum Products will close its plant in Windsor, N.S., next year.';
  it('passes over a province written as a dateline abbreviates it ("Windsor, N.S.")', () => {
    expect(speakerOf('hard decision', before, '“It was a hard decision,” the company said.')).toBe(
      'Fundy Gypsum Products',
    );
  });

  it('passes over a participle opening the next sentence ("Affected workers will…")', () => {
    const said = '“It was a hard decision,” the company said. Affected workers will get severance.';
    expect(speakerOf('hard decision', before, said)).toBe('Fundy Gypsum Products');
  });

  it('still reads a name ending in -ed that opens a sentence before its verb', () => {
    expect(
      speakerOf(
        'hard decision',
        'Ahmed Mohammed runs the plant.',
        'Mohammed said the plant would close. “It was a hard decision,” he said.',
      ),
    ).toBe('Ahmed Mohammed');
  });
});

describe('extractQuotes: an age or a role for the person, not the business they run', () => {
  it('passes over a store someone opened for "the 52-year-old"', () => {
    expect(
      speakerOf(
        'spending the money',
        'Denise Okonkwo-Harris unlocks the door of the only grocery for three miles.',
        'She opened Harvest Corner in 2019 with a community loan.',
        '“People here were already spending the money,” says the 52-year-old.',
      ),
    ).toBe('Denise Okonkwo-Harris');
  });

  it('takes the lead author of a study for "the researcher"', () => {
    expect(
      speakerOf(
        'creeping up',
        'Lead author Dr. Tamar Goldfarb-Idowu, a family physician, said newcomers rely on clinics.',
        '“It can’t notice that your blood pressure has been creeping up,” the researcher said.',
      ),
    ).toBe('Tamar Goldfarb-Idowu');
  });
});

describe('extractQuotes: what the lede says its unnamed subject is', () => {
  const rest = [
    'Beatrice Anansi-Cole, 68, has collected 2,000 signatures on a petition.',
    'City spokesperson Philippe Garand said no decision has been made.',
  ];
  it('finds the person a relative clause of the lede gave the noun ("who spent 30 years as a nurse")', () => {
    const lede =
      'An Ottawa woman who spent 30 years as a nurse at the Civic campus is leading a campaign to save a garden.';
    expect(
      speakerOf(
        'survey stake',
        lede,
        ...rest,
        '“They put up a survey stake,” the former nurse said.',
      ),
    ).toBe('Beatrice Anansi-Cole');
  });

  it('does not give her a noun the clause says of someone else ("who attacked a nurse")', () => {
    const lede =
      'An Ottawa woman who shouted at a nurse at the Civic campus last week has been charged with assault.';
    expect(
      speakerOf('survey stake', lede, ...rest, '“They put up a survey stake,” the nurse said.'),
    ).toBeNull();
  });
});

describe('extractQuotes: a kin noun for the person the article gave that kin', () => {
  const friend = 'She paddled with her longtime friend, Dorothy Kwasnicki, 71.';
  it.each([
    [
      'When Marguerite Lavallée-Stone crossed the finish line at the Battle River Paddle, her five grandchildren were waiting.',
      'the grandmother',
      'Marguerite Lavallée-Stone',
    ],
    ['Angela Park brought her son to the clinic on Tuesday.', 'the mother', 'Angela Park'],
    ['Thomas Reed coached his daughter’s hockey team for a decade.', 'the father', 'Thomas Reed'],
  ])('%s … %s said', (before, mention, name) => {
    expect(
      speakerOf('river is nothing', before, friend, `“A river is nothing,” ${mention} said.`),
    ).toBe(name);
  });

  it('takes no kin from a name whose gender does not fit, nor from a place named in the sentence', () => {
    expect(
      speakerOf(
        'river is nothing',
        'When Thomas Reed crossed the finish line at the Battle River Paddle, her five grandchildren cheered.',
        '“A river is nothing,” the grandmother said.',
      ),
    ).toBeNull();
  });
});

describe('extractQuotes: a firm’s name by what it makes, whole', () => {
  it.each([
    [
      'Meridian Foods said in a statement that the recall was “a precautionary measure.”',
      'Meridian Foods',
    ],
    ['“We will restore power by Friday,” Meridian Energy said.', 'Meridian Energy'],
  ])('%s', (text, name) => {
    const found = extractQuotes(article(text))[0];
    expect(found?.speaker).toBe(name);
    expect(found?.speakerType).toBe('organisation');
  });

  it('reads no longer body over a sentence\'s end ("…Daily Star. Wick Communications")', () => {
    expect(
      speakerOf(
        'not for sale',
        'The paper was founded by the Arizona Daily Star. Wick Communications bought it in 2009.',
        '“The paper is not for sale,” Wick Communications said.',
      ),
    ).toBe('Wick Communications');
  });
});

describe('extractQuotes: "the officer" for a police rank', () => {
  it.each([
    ['Const. Jenna Wolfe was first on scene.', 'Jenna Wolfe'],
    ['Sgt. Ray Dunn of the Brandon Police Service was first on scene.', 'Ray Dunn'],
  ])('%s', (before, name) => {
    expect(
      speakerOf(
        'unconscious',
        before,
        '“The driver was unconscious when I arrived,” the officer said.',
      ),
    ).toBe(name);
  });

  it('keeps a body named "of" a place whole ("Royal Bank of Canada" is no person of a body)', () => {
    expect(
      speakerOf(
        'see relief',
        'Royal Bank of Canada cut its rates.',
        '“Borrowers will see relief,” the bank said.',
      ),
    ).toBe('Royal Bank of Canada');
  });
});

describe('extractQuotes: "they" for two given names sharing a surname', () => {
  it('reads "Ravi and Meena Patel" as the pair Ravi Patel and Meena Patel', () => {
    expect(
      speakerOf(
        'our family',
        'Ravi and Meena Patel have run the corner store for 25 years.',
        '“This neighbourhood is our family,” they said.',
      ),
    ).toBe('Ravi Patel and Meena Patel');
  });

  it('does not when the first word is a surname the article gives someone', () => {
    expect(
      speakerOf(
        'our family',
        'Field Marshal Abdel Hakim Amer led the army.',
        'Amer and Salah Salem proposed a ceasefire.',
        '“This neighbourhood is our family,” they said.',
      ),
    ).not.toBe('Amer Salem and Salah Salem');
  });
});

describe('extractQuotes: people who speak for someone named are not that someone', () => {
  const before = 'Aiden Marsh, 19, died in the crash on Highway 7.';
  it.each([
    ['“Aiden was a light,” the family of Aiden Marsh said.', 'Aiden Marsh family'],
    ['In a statement, the family of Aiden Marsh said: “Aiden was a light.”', 'Aiden Marsh family'],
    // Opening the sentence (probe): the capital "The" read as no determiner.
    ['The family of Aiden Marsh said: “Aiden was a light.”', 'Aiden Marsh family'],
    ['A lawyer for Aiden Marsh said: “Aiden was a light.”', 'Aiden Marsh lawyer'],
    ['“Aiden was a light,” the Marsh family said in a statement.', 'Marsh family'],
    ['“Aiden was a light,” Aiden Marsh’s family said.', 'Aiden Marsh family'],
    ['“Aiden was a light,” a lawyer for Aiden Marsh said.', 'Aiden Marsh lawyer'],
    ['“Aiden was a light,” said the lawyer for Aiden Marsh.', 'Aiden Marsh lawyer'],
  ])('%s → %s', (said, speaker) => {
    expect(speakerOf('was a light', before, said)).toBe(speaker);
  });

  it('names whom a lawyer speaks for in full ("Halloran’s lawyer" after "Brock Halloran")', () => {
    expect(
      speakerOf(
        'our case',
        'Brock Halloran pleaded not guilty on Monday to two counts of fraud.',
        'Judge Anne Fiske set a trial date for March.',
        '“We look forward to presenting our case,” Halloran’s lawyer said.',
      ),
    ).toBe('Brock Halloran lawyer');
  });

  it('reads an inverted "said a spokesperson for X" as X\'s spokesperson, not X', () => {
    expect(
      speakerOf(
        'first consideration',
        'Flights out of Halifax were delayed for a second day.',
        '“Safety is always our first consideration,” said a spokesperson for WestJet.',
      ),
    ).toBe('WestJet spokesperson');
  });
});

describe('extractQuotes: "the mother of two", "the Leinster boss"', () => {
  it.each([
    [
      [
        'Kerry-Ann Bishop has been waiting 14 months for surgery.',
        'Her husband, Tom, works nights.',
      ],
      '“I’m losing about $1,800 a month,” the mother of two says.',
      'Kerry-Ann Bishop',
    ],
    [
      [
        'Priya Nair, a mother of three, opened the bakery in 2010.',
        'Mayor Tom Reed opened the session.',
      ],
      '“I never looked back,” the mother of three said.',
      'Priya Nair',
    ],
    [
      [
        'Akinyi Odhiambo, 41, has sold tilapia at Dunga Beach for 15 years.',
        'Ms Odhiambo is not on the compensation list.',
      ],
      '“They keep saying wait,” the mother of four said.',
      'Akinyi Odhiambo',
    ],
    [
      ['Ivanka Trump spoke in the interview last week.', 'Jason Miller said the plan was popular.'],
      '“It is meant to benefit the mother,” the 34-year-old mother of three replied.',
      'Ivanka Trump',
    ],
    [
      [
        'Leinster head coach Niall Cronin confirmed the injury.',
        'Ciarán Moyles is expected to start.',
      ],
      '“Ciarán has trained really well,” the Leinster boss added.',
      'Niall Cronin',
    ],
  ])('%j %s', (before, said, name) => {
    expect(speakerOf(said.slice(1, 12), ...before, said)).toBe(name);
  });
});

describe('extractQuotes: "the company" is a firm, not a regulator', () => {
  it('passes over a regulator named after the firm', () => {
    expect(
      speakerOf(
        'on site',
        'Brightwater Energy said Thursday it had shut down a pipeline after a leak.',
        'The Alberta Energy Regulator said it was monitoring the cleanup.',
        '“Our crews are on site and the line is isolated,” the company said in a statement.',
      ),
    ).toBe('Brightwater Energy');
  });
});

describe('extractQuotes: a verb before a capitalised word makes no role and name', () => {
  it('reads "the retired teacher still gets Christmas cards" as no person called Christmas', () => {
    expect(
      speakerOf(
        'every single one',
        'Margaret Dunleavy taught Grade 4 in the same Saskatoon classroom for 34 years.',
        'Now 81, the retired teacher still gets Christmas cards from former students.',
        '“I remember every single one of them,” the retired teacher says.',
      ),
    ).not.toBe('Christmas');
  });

  it('still reads a role word that looks like a verb before a role noun ("public works director")', () => {
    expect(
      speakerOf(
        'fixed by Friday',
        '“The road will be fixed by Friday,” public works director Dana Whitlock said.',
      ),
    ).toBe('Dana Whitlock');
  });
});

describe('extractQuotes: "His response was blunt:" introduces whom the pronoun means', () => {
  it.each([
    'His response was blunt: “The Prime Minister has lost control of his own caucus.”',
    'His message was simple: “The Prime Minister has lost control of his own caucus.”',
  ])('%s', (said) => {
    expect(
      speakerOf(
        'lost control',
        'Prime Minister Jean Tremblay faced a revolt from three backbenchers.',
        'Conservative Leader Brian Haddock was quick to pounce.',
        said,
      ),
    ).toBe('Brian Haddock');
  });
});

describe("extractQuotes: the agent of a passive is the phrase's source", () => {
  it.each([
    'Jade Fontaine, who plays for Racing Louisville, was described by the coach as “a player with a very high ceiling.”',
    'Jade Fontaine was hailed by the coach as “a player with a very high ceiling.”',
  ])('%s', (said) => {
    expect(
      speakerOf('high ceiling', 'Canada coach Anna Lisowski named her squad on Monday.', said),
    ).toBe('Anna Lisowski');
  });
});

describe('extractQuotes: a role written in capitals ("the GM", "the MP for Bristol North")', () => {
  const mp = [
    'Labour’s Rachel Oduya, the MP for Bristol North, has called on the government to reverse cuts.',
    'Transport minister Giles Fenwick said the funding had been reallocated.',
  ];
  it.each([
    [
      mp,
      'But the MP for Bristol North said: “Tell that to the pensioners waiting for a bus.”',
      'Rachel Oduya',
    ],
    [
      mp,
      '“Tell that to the pensioners waiting for a bus,” said the MP for Bristol North.',
      'Rachel Oduya',
    ],
    [
      ['Canucks general manager Sandra Whitlock said Holub fills a need on the right side.'],
      '“Tell that to the pensioners waiting for a bus,” the GM said.',
      'Sandra Whitlock',
    ],
    [
      [
        'About 70 procedures will be rescheduled, chief operating officer Ngozi Hartley-Pineau said in a statement.',
        'Some surgeons will be offered time elsewhere.',
      ],
      '“Tell that to the pensioners waiting for a bus,” the COO said.',
      'Ngozi Hartley-Pineau',
    ],
    [
      [
        'Kinross Athletic boss Gary Lennie has backed goalkeeper Stuart McAuley after a late error.',
        'McAuley spilled a routine cross in the 89th minute.',
      ],
      '“Tell that to the pensioners waiting for a bus,” the manager said.',
      'Gary Lennie',
    ],
    [
      [
        'The Glasgow-based painter Chidi Okonkwo-Reid will represent Scotland at Venice.',
        'Curator Elspeth Grant called his work fearless.',
      ],
      '“Tell that to the pensioners waiting for a bus,” the artist says.',
      'Chidi Okonkwo-Reid',
    ],
  ])('%j %s', (before, said, name) => {
    expect(speakerOf('pensioners waiting', ...before, said)).toBe(name);
  });

  it('drops a title in capitals opening a sentence from the name ("CEO Rebecca Saunders")', () => {
    expect(
      speakerOf(
        'never easy',
        'CEO Rebecca Saunders and chief financial officer Thomas Lindgren outlined the plan.',
        'Lindgren said costs would fall.',
        '“These decisions are never easy,” the CEO said.',
      ),
    ).toBe('Rebecca Saunders');
  });

  it('still reads "GM said" as the carmaker', () => {
    expect(
      speakerOf('pensioners waiting', '“Tell that to the pensioners waiting for a bus,” GM said.'),
    ).toBe('GM');
  });
});

describe('extractQuotes: a nationality whose nation is written otherwise', () => {
  it.each([
    [
      'New Zealand centre Liam Tuhoe scored two tries as the Sharks crushed the Rams 41-12.',
      'Sharks captain Dave Morrow also crossed for a try.',
      'the Kiwi',
      'Liam Tuhoe',
    ],
    [
      'The Gulls beat the Stags 4-2 on Saturday, with rookie Tyler Baptiste scoring twice.',
      'Finnish goaltender Mikko Lahtinen made 31 saves for the Gulls.',
      'the Finn',
      'Mikko Lahtinen',
    ],
  ])('%s … %s … %s', (first, second, mention, name) => {
    expect(
      speakerOf('home crowd', first, second, `“You can’t beat a home crowd,” ${mention} said.`),
    ).toBe(name);
  });
});

describe('extractQuotes: "the American said"', () => {
  it.each([
    [
      [
        'American Tyler Brooks finished two shots back, and Rory Quinn of Ireland won.',
        '“I played well,” Quinn said.',
      ],
      '“One bad swing ruined my week,” the American said.',
    ],
  ])('%j %s', (before, said) => {
    expect(speakerOf('One bad swing', ...before, said)).toBe('Tyler Brooks');
  });

  it('is no one when the article gave no one that nationality, not whoever spoke last', () => {
    expect(
      speakerOf(
        'One bad swing',
        'Rory McIlroy shot 66 to take a two-shot lead over Scottie Scheffler.',
        '“I played well,” McIlroy said.',
        '“One bad swing,” the American said.',
      ),
    ).not.toBe('Rory McIlroy');
  });

  it('keeps "American Express" and "the American Legion" whole', () => {
    expect(speakerOf('expanding', '“We are expanding,” American Express said.')).toBe(
      'American Express',
    );
    expect(
      speakerOf(
        'in court',
        'The American Legion said it would sue.',
        '“We will see them in court,” the American Legion said.',
      ),
    ).toBe('American Legion');
  });
});

describe('extractQuotes: an interview laid out by topic ("On coach Brett Halvorsen: “…”")', () => {
  it('gives the answer to the person interviewed, not to the topic', () => {
    expect(
      speakerOf(
        'tough, but',
        'Oilers rookie Marcus Oyelaran sat down with the Journal to talk about his first NHL season.',
        'On growing up in Brampton, Oyelaran credits his family. “My mom drove me to practice,” he said.',
        'On coach Brett Halvorsen: “He’s tough, but he’s fair.”',
      ),
    ).toBe('Marcus Oyelaran');
  });

  // Two paragraphs or more opening on "On …:" lay the article out by topic: a label of any length,
  // with a clause and someone else's name in it, is still no attribution.
  it('reads long labels, naming someone else, as topics when the article is laid out so', () => {
    const paragraphs = [
      'After winning her third national title, Saint John cyclist Ngozi Adeyemi-Clarke sat down with CBC Sports to talk about her coach and the crash that nearly ended her career.',
      'On the crash in 2022, which left her with a broken ankle: “I remember lying there thinking, that’s it.”',
      'On her coach, Mireille Tanguay, who has said Adeyemi-Clarke is the most stubborn athlete she has ever trained: “She’s right. But she’s stubborn too.”',
      'On the Olympics: “I want to be on the podium.”',
    ];
    expect(speakerOf('lying there', ...paragraphs)).toBe('Ngozi Adeyemi-Clarke');
    expect(speakerOf('stubborn too', ...paragraphs)).toBe('Ngozi Adeyemi-Clarke');
  });

  // Compromise's lexicon lists no skater, swimmer or rower as a person: a place before such a noun
  // was read as the name ("Saint John speed skater Ngozi Adeyemi-Clarke" as "Saint John").
  it.each(['speed skater', 'swimmer', 'rower', 'boxer'])(
    'reads "<place> %s <name>" as the name, described',
    (noun) => {
      expect(
        speakerOf(
          'was flying',
          `Saint John ${noun} Ngozi Adeyemi-Clarke won her third national title on Sunday.`,
          '“I was flying,” she said.',
        ),
      ).toBe('Ngozi Adeyemi-Clarke');
    },
  );

  // A reviewer's passages: "On Monday, X said:" twice is a day and a reporting clause, no
  // interview by topic (it gave a lawyer's and a prosecutor's words to the accused).
  it('reads "On <day>, X said:" and "On <topic>, X said:" paragraphs as attributions', () => {
    const court = [
      'Former nurse Elizabeth Wettlaufer pleaded guilty on Thursday to eight counts of murder.',
      'On Monday, defence lawyer Marie Henein said: “Our client accepts full responsibility.”',
      'On Thursday, Crown attorney Jill Cameron told the court: “This case has no parallel.”',
    ];
    expect(speakerOf('full responsibility', ...court)).toBe('Marie Henein');
    expect(speakerOf('no parallel', ...court)).toBe('Jill Cameron');
    const recap = [
      'William Nylander scored twice as the Maple Leafs beat the Bruins 4-2 on Saturday.',
      'On the winning goal, Nylander said: “I just tried to get it on net.”',
      'On the penalty kill, coach Craig Berube said: “That was the difference tonight.”',
    ];
    expect(speakerOf('difference tonight', ...recap)).toBe('Craig Berube');
    // "that" opens no relative clause set off: the verb after it still reports.
    const claims = [
      'Mayor Ann Park faced two claims at Tuesday’s council meeting.',
      'On the claim that the budget was padded, Coun. Tom Reed said: “The numbers speak for themselves.”',
      'On the claim that the audit was late, Coun. Dana Price said: “It was filed in March.”',
    ];
    expect(speakerOf('filed in March', ...claims)).toBe('Dana Price');
  });

  it('still reads a single "On …:" paragraph’s clause as an attribution', () => {
    expect(
      speakerOf(
        'wait and see',
        'The council met on Monday to debate the new bike lanes.',
        'On the question of cost, Mayor Ann Park, who chairs the council, said: “We will wait and see.”',
      ),
    ).toBe('Ann Park');
  });
});

// A read-only review of this session's rules reproduced each of these on made-up copy; each row
// failed before its fix.
describe("extractQuotes: where this session's rules must not reach", () => {
  it.each([
    [
      'a predicate before a possessive ("is the premier’s press secretary")',
      [
        'Jenna Clarke is the premier’s press secretary.',
        '“The premier has full confidence in the minister,” Clarke said.',
        '“I’ll have more to say next week,” the premier said.',
      ],
      'more to say',
      null,
    ],
    [
      'another\'s noun after a possessive pronoun ("Her mother’s message")',
      [
        'Emma Carter, 17, died in the crash on Highway 7.',
        'Her mother’s message to other parents was simple: “Hug your kids tonight.”',
      ],
      'Hug your kids',
      null,
    ],
    [
      'a building inspector for "the officer"',
      [
        'Const. Jenna Wolfe said the driver fled on foot.',
        'City building inspector Tom Reed said the structure was unsafe.',
        '“We are asking witnesses to come forward,” the officer said.',
      ],
      'asking witnesses',
      'Jenna Wolfe',
    ],
    [
      'the manager for "the GM"',
      [
        'The Blue Jays fired hitting coach Guillermo Martinez on Monday, GM Ross Atkins said.',
        'Manager John Schneider called the move difficult.',
        '“It was time for a new voice,” the GM said.',
      ],
      'new voice',
      'Ross Atkins',
    ],
    [
      'a player a team acquired as a business',
      [
        'The Lightning acquired Zemgus Girgensons from Buffalo on Monday.',
        '“I’m thrilled to be here,” the 30-year-old said.',
      ],
      'thrilled',
      'Zemgus Girgensons',
    ],
    [
      'a paramedic who "delivered her first baby" as "the mother"',
      [
        'Paramedic Angela Moss delivered her first baby on the side of Highway 2 on Tuesday.',
        '“I didn’t think we’d make it,” the mother said.',
      ],
      'make it',
      null,
    ],
    [
      "a lawyer introduced by title as the lede's unnamed subject",
      [
        'A Winnipeg man who worked as a paramedic for 20 years is suing the province.',
        'Lawyer Sarah Kim filed the claim on Monday on behalf of Tom Ortiz.',
        '“Some calls never leave you,” the former paramedic said.',
      ],
      'never leave',
      'Tom Ortiz',
    ],
    [
      'the latest person with the surname for "Halloran’s lawyer"',
      [
        'Brock Halloran, 24, pleaded not guilty on Monday.',
        'His father, Jim Halloran, sat in the front row.',
        '“My client will be vindicated,” Halloran’s lawyer said.',
      ],
      'vindicated',
      'Brock Halloran lawyer',
    ],
    [
      'a holiday that is a surname ("Tariq Ramadan")',
      [
        'Swiss academic Tariq Ramadan was convicted on Tuesday.',
        'Ramadan has always denied the charges. “I am innocent,” Ramadan said.',
      ],
      'innocent',
      'Tariq Ramadan',
    ],
    [
      'a firm after "Shares in" as a place',
      [
        'Shares in Brightwater Energy fell 12 per cent on Tuesday.',
        '“We remain confident,” the company said.',
      ],
      'remain confident',
      'Brightwater Energy',
    ],
    [
      'a place before a title as a given name ("Vaughan Mayor")',
      [
        'Vaughan Mayor Steven Del Duca wants the subway extended.',
        '“We need transit now,” the Vaughan Mayor said.',
      ],
      'transit now',
      'Steven Del Duca',
    ],
    [
      'a verb in "director of public works" as no role',
      [
        'Finance director Tom Reed presented the budget.',
        'The biggest item is repaving Main Street, said director of public works Dana Whitlock.',
        '“The road is crumbling,” the director said.',
      ],
      'crumbling',
      'Dana Whitlock',
    ],
  ])('%s', (_what, paragraphs, phrase, name) => {
    expect(speakerOf(phrase, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: a surname that is also a title', () => {
  it('reads "Imran Sheikh" as a name, not as a sheikh\'s title', () => {
    expect(
      speakerOf(
        'rate cuts',
        '“We expect the rate cuts to continue,” said Imran Sheikh, senior economist at the Bank of Montreal.',
      ),
    ).toBe('Imran Sheikh');
  });
});

describe('extractQuotes: capitalised words of place, trade or office before a given name', () => {
  it.each([
    ['Calgary Insurance Broker Tom Reyes said rates will climb.', 'Reyes', 'Tom Reyes'],
    ['New York City Public Advocate Trish James backed the bill.', 'James', 'Trish James'],
    ['Nobel Laureate Hans Bethe spoke first.', 'Bethe', 'Hans Bethe'],
    // A given name before the given name: one person's names.
    ['Mary Ann Smith spoke first.', 'Smith', 'Mary Ann Smith'],
  ])('%s', (before, surname, name) => {
    expect(speakerOf('going to hurt', before, `“It is going to hurt,” ${surname} said.`)).toBe(
      name,
    );
  });

  it('leaves a body whose name holds a given name whole', () => {
    const [quote] = extractQuotes(
      article('“Rates will fall,” Bank of America Merrill Lynch said in a note on Monday.'),
    );
    expect(quote?.speakerType).toBe('organisation');
  });
});

describe('extractQuotes: a description opening the sentence after a name renames that person', () => {
  it.each([
    [
      [
        'Marcus Tolliver, 36, has signed a one-year extension with the Memphis Pilots.',
        'The veteran guard averaged 11 points a game last season.',
      ],
      'the veteran',
      'Marcus Tolliver',
    ],
    [
      // Not the team beaten: the sentence before opens on the striker.
      [
        'Mateus Oliveira scored twice as Porto Velho Athletic beat Rio Branco 3-1.',
        'The 24-year-old striker, who joined the club in January, celebrated with the fans.',
      ],
      'the 24-year-old',
      'Mateus Oliveira',
    ],
    [
      // A sentence naming no one comes between.
      [
        'Every Sunday, Dolores Quintero cooks for whoever shows up. Usually that is about 20 people.',
        'The 74-year-old grandmother starts on the tamales at dawn.',
      ],
      'the grandmother',
      'Dolores Quintero',
    ],
  ])('%j … %s said', (before, mention, name) => {
    expect(
      speakerOf('from everywhere', ...before, `“They came from everywhere,” ${mention} said.`),
    ).toBe(name);
  });

  it("not from a sentence that opened on someone else, nor from the quotation's own clause", () => {
    // The sentence before the description opens on a team, not on a person.
    expect(
      speakerOf(
        'from everywhere',
        'The Redhawks beat the Lulea Wolves 2-1 as Emil Strand made 44 saves.',
        'The goaltender was named player of the game.',
        '“They came from everywhere,” the goaltender said.',
      ),
    ).not.toBe('Lulea Wolves');
    // A lawsuit is no person, whoever the sentence before opened on.
    expect(
      speakerOf(
        'reckless actions',
        'Patricia Smith sued the State Department in 2016.',
        'The lawsuit was filed in federal court in Los Angeles.',
        '“The deaths were caused by negligent and reckless actions,” the lawsuit said.',
      ),
    ).not.toBe('Patricia Smith');
  });
});

describe('extractQuotes: a ministry’s portfolios after "and"', () => {
  it('joins no person after "and" ("the Department of Justice and Attorney General Pam Bondi")', () => {
    expect(
      speakerOf(
        'will be reviewed',
        'The memo was sent to the Department of Justice and Attorney General Pam Bondi on Monday.',
        '“It will be reviewed,” the attorney general said.',
      ),
    ).toBe('Pam Bondi');
  });

  it('reads "the Ministry of Ports, Shipping and Waterways said" whole', () => {
    expect(
      speakerOf(
        'under review',
        'Cargo rose 6 per cent, the Ministry of Ports, Shipping and Waterways said on Tuesday.',
        'Paradip port recorded the highest growth, according to official data.',
        '“The matter is under review,” the ministry said in a statement.',
      ),
    ).toBe('Ministry of Ports, Shipping and Waterways');
  });
});

describe('extractQuotes: a name ends at its sentence’s full stop', () => {
  it('keeps an abbreviation’s dot inside a body’s name ("Sault Ste. Marie Police Service")', () => {
    expect(
      speakerOf(
        'without incident',
        'Sault Ste. Marie Police Service said a man was arrested on Monday.',
        'Mayor Tom Reed praised the officers.',
        '“The arrest was made without incident,” the police service said.',
      ),
    ).toBe('Sault Ste. Marie Police Service');
  });

  it('reads "Battalion Chief Kaveh Moradi-Sullivan. Caltrans closed…" as his name alone', () => {
    expect(
      speakerOf(
        'good progress',
        'The fire spread east, according to Battalion Chief Kaveh Moradi-Sullivan. Caltrans closed two lanes.',
        '“Crews made good progress overnight,” the battalion chief said.',
      ),
    ).toBe('Kaveh Moradi-Sullivan');
  });
});

describe('extractQuotes: titles, roles and firms from a blind probe round', () => {
  it.each([
    [
      'a role noun whose verb doubles its consonant ("Hawks spinner Ravi Shastrula")',
      [
        'Hyderabad Hawks beat Chennai Royals by six wickets in the Ranji semi-final on Thursday.',
        'Hawks spinner Ravi Shastrula took seven wickets in the second innings.',
        '“The pitch was turning from the first over,” he said.',
      ],
      'Ravi Shastrula',
    ],
    [
      'a title opening a sentence is no firm ("Chief executive …")',
      [
        'Bellweather Mining said on Friday that it had suspended operations at its nickel mine.',
        'Chief executive Rhys Penhallow flew to the site on Friday morning.',
        'The company said in a statement: “We are cooperating fully with investigators.”',
      ],
      'Bellweather Mining',
    ],
    [
      'an Indian honorific ("Shri")',
      [
        'Municipal Commissioner Shri Ramesh Kulkarni chaired a review meeting on Tuesday.',
        '“Additional water tankers will be deployed,” Kulkarni said.',
      ],
      'Ramesh Kulkarni',
    ],
    [
      'an Australian councillor ("Cr Whitlock")',
      [
        'Gundagai Mayor Kerry-Anne Whitlock spent the night at the evacuation centre.',
        '“The levee held, and that saved the main street,” Cr Whitlock said.',
      ],
      'Kerry-Anne Whitlock',
    ],
    [
      '"the skipper" for a captain',
      [
        'England wrapped up a nine-wicket win over the West Indies inside three days.',
        'Captain Callum Redgrave praised his attack after the West Indies were bowled out for 142.',
        '“The bowlers were outstanding from the first session,” the skipper said.',
      ],
      'Callum Redgrave',
    ],
    [
      'a firm whose name joins two with "&"',
      [
        'British department store chain Marlow & Finch has appointed administrators.',
        '“All stores will remain open while a buyer is sought,” the retailer said.',
      ],
      'Marlow & Finch',
    ],
    [
      'where a firm is based is no part of its name ("the Calgary-based firm")',
      [
        'Prairiestone Energy posted record third-quarter profit on Wednesday.',
        '“This was the strongest quarter in our history,” the Calgary-based firm said.',
      ],
      'Prairiestone Energy',
    ],
  ])('%s', (_what, paragraphs, name) => {
    const quotes = extractQuotes(article(...paragraphs));
    expect(quotes.map((q) => q.speaker)).toEqual([name]);
  });
});

describe('extractQuotes: two given names sharing a surname', () => {
  it('"Irene" is Irene Castellano of "Irene and Paolo Castellano have farmed…"', () => {
    expect(
      speakerOf(
        'tractor broke down',
        'Irene and Paolo Castellano have farmed olives in the hills above Lucca for three decades.',
        'Paolo handles the pruning. Irene does the books.',
        '“The year the tractor broke down, we picked by hand,” Irene says.',
      ),
    ).toBe('Irene Castellano');
  });

  it('not mid-sentence, where the second is often someone else named in full', () => {
    // As SQuAD writes "Madonna and Ronnie Dashev", "Madonna and Sire Records".
    expect(
      speakerOf(
        'open minds',
        'The gala honoured Celine and Janet Jackson, who sang together for the first time.',
        '“It is for open minds,” Celine said.',
      ),
    ).toBe('Celine');
  });
});

describe('extractQuotes: the sentence after a quotation names its speaker', () => {
  it('"That was how Ana Ruiz put it." at a paragraph\'s end', () => {
    expect(
      speakerOf(
        'worst winter',
        '“This is the worst winter in memory.” That was how Ana Ruiz, who runs the overnight shelter, put it.',
      ),
    ).toBe('Ana Ruiz');
  });

  it.each([
    [
      [
        '“It’s a disgrace.”',
        'That was how Councillor Bernard Oyelaran described the state of the pools.',
      ],
      'Bernard Oyelaran',
    ],
    [
      [
        '2:15 p.m.: “We will not be taking questions at this time.”',
        '2:16 p.m.: That was police Chief Anita Marsh, wrapping up a brief statement.',
      ],
      'Anita Marsh',
    ],
  ])('a sentence pointing to the speaker: %j', (paragraphs, name) => {
    expect(extractQuotes(article(...paragraphs)).map((q) => q.speaker)).toEqual([name]);
  });

  it('reads past a phrase set off before the subject whose first word is no name', () => {
    expect(
      speakerOf(
        'louder than my aunties',
        'Halfway through her set at the Barrowland, Lagos-born singer Adaeze Nwosu stopped, looked out at 1,900 Glaswegians and said: “You lot are louder than my aunties.”',
      ),
    ).toBe('Adaeze Nwosu');
    // Not to a name no noun or given name shows to be a person's.
    expect(
      speakerOf(
        'most effective',
        'Less than two years into Kerry’s term, Foreign Policy Magazine’s 2014 Ivory Tower survey of international relations scholars asked, “Who was the most effective U.S. Secretary of State in the past 50 years?”',
      ),
    ).toBeNull();
  });

  it('"That was how X framed it" opening the paragraph after a quotation of its own', () => {
    expect(
      speakerOf(
        'on the backs of the people',
        'SHERBROOKE, Que. — “We are not going to balance this budget on the backs of the people who plow our streets.”',
        'That was how Mayor Lucie Bergeron-Hamel framed it Monday as council began debate on the budget.',
      ),
    ).toBe('Lucie Bergeron-Hamel');
    expect(
      speakerOf(
        'we go again',
        'The Raptors lost their fifth straight on Sunday.',
        '“We regroup and we go again.”',
        'That’s how coach Darko Rajaković put it after the game.',
      ),
    ).toBe('Darko Rajaković');
  });

  it('"That was the assessment of X" opening the paragraph after a quotation of its own', () => {
    expect(
      speakerOf(
        'bloom this size',
        'A toxic algal bloom has closed beaches along the Fleurieu Peninsula.',
        '“I have never seen a bloom this size.”',
        'That was the assessment of marine biologist Helena Stroud, who has been sampling the water daily.',
      ),
    ).toBe('Helena Stroud');
    // A sentence that names no one's words leaves the quotation unattributed.
    expect(
      speakerOf(
        'rebuild the bridge',
        'Flooding destroyed the bridge in May.',
        '“We will rebuild the bridge before the winter comes.”',
        'That was two years ago, and Mayor Jo Reed has not said a word since.',
      ),
    ).toBeNull();
  });
});

describe('extractQuotes: a phrase unnamed people say', () => {
  it('is no one\'s when they are a field\'s people ("Linguists say the word “literally”")', () => {
    const quotes = extractQuotes(
      article('Linguists say the word “literally” has been used as an intensifier for centuries.'),
    );
    expect(quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });

  it('is not the sentence subject\'s ("a “tipping point,” experts say")', () => {
    const quotes = extractQuotes(
      article(
        'The Great Barrier Reef may be approaching a “tipping point,” experts say, after a fifth mass bleaching event.',
      ),
    );
    expect(quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });
});

describe('extractQuotes: "they" for someone the article says uses they/them pronouns', () => {
  it('once they have spoken', () => {
    expect(
      speakerOf(
        'cut the bus pass',
        'Jordan Ellis, a 22-year-old student organiser who uses they/them pronouns, helped lead Friday’s walkout.',
        '“We were never asked,” Ellis said.',
        '“Nobody asked us before they cut the bus pass,” they said.',
      ),
    ).toBe('Jordan Ellis');
  });

  it('not before they have spoken, where "they" may be anyone plural', () => {
    expect(
      speakerOf(
        'performance reasons',
        'River Chen, who uses they/them pronouns, was fired by Kestrel Mining in May.',
        'The company denies the allegation. “Chen was let go for performance reasons,” they said.',
      ),
    ).not.toBe('River Chen');
  });

  it('not someone the article says nothing of', () => {
    expect(
      speakerOf(
        'cut the bus pass',
        'Jordan Ellis, a 22-year-old student organiser, helped lead Friday’s walkout.',
        '“Nobody asked us before they cut the bus pass,” they said.',
      ),
    ).toBeNull();
  });
});

describe('extractQuotes: a nickname the article gave someone', () => {
  it.each([
    'Everyone in the Korsten market knows Alfred Mbeki as “Uncle Fred.”',
    'Alfred Mbeki, known to everyone as “Uncle Fred,” has repaired shoes since 1964.',
  ])('%s', (introduction) => {
    expect(
      speakerOf(
        'Sixty years',
        introduction,
        '“Sixty years of shoes, and I still learn something,” Uncle Fred says.',
      ),
    ).toBe('Alfred Mbeki');
  });
});

describe('extractQuotes: from a second blind probe round', () => {
  it.each([
    [
      'a place after "in" is described by nothing before it ("Service office in Granger")',
      [
        'The National Weather Service office in Granger said the tornado was rated EF-3.',
        '“Damage was consistent with winds of 150 miles per hour,” the weather service said.',
      ],
      'National Weather Service',
    ],
    [
      '"the family" is the family named last',
      [
        'The family of Arthur Penwell said in a statement that he died peacefully at home.',
        '“He loved his garden and a terrible pun,” the family said.',
      ],
      'Arthur Penwell family',
    ],
    [
      'a compound of role nouns is each of them ("Singer-songwriter" for "the singer")',
      [
        'Singer-songwriter Tova Lindgren played the first of three sold-out shows on Saturday.',
        '“This city gave me my first real audience,” the singer told the crowd.',
      ],
      'Tova Lindgren',
    ],
    [
      'a body opening what follows a live update\'s time keeps no "The"',
      [
        'UPDATE 3:40 p.m.: The Ministry of Health has released a statement on the outbreak.',
        '“The risk to the general public remains low,” the ministry said.',
      ],
      'Ministry of Health',
    ],
    [
      '"the archdiocese" for the body whose name opens on it before "of"',
      [
        'Police searched the offices of the Archdiocese of Port Mercer on Wednesday.',
        '“We will cooperate fully with investigators,” the archdiocese said in a statement.',
      ],
      'Archdiocese of Port Mercer',
    ],
    [
      '"The Venerable" is a title',
      [
        'The Venerable Tenzin Dorje, who led the group, said the mandala would be swept away.',
        '“Peace begins with letting go,” Dorje said through an interpreter.',
      ],
      'Tenzin Dorje',
    ],
    [
      '"the club" for a club named without the word',
      [
        'The Riverton Hawks paid tribute Monday to former captain Jeff Morency, who died at 62.',
        '“Jeff was the heart and soul of our dressing room for a decade,” the club said.',
      ],
      'Riverton Hawks',
    ],
    [
      'a release speaks for whoever announced',
      [
        'Kestrel Mining announced Tuesday that it had found high-grade copper at its Wolf Lake site.',
        '“These are some of the best results in our history,” the release said.',
      ],
      'Kestrel Mining',
    ],
    [
      'a post speaks for whoever posted it',
      [
        'The Greenfield Volunteer Fire Department posted on Facebook on Sunday night after the fire.',
        '“Thank you to everyone who dropped off water and snacks for our crews,” the post said.',
      ],
      'Greenfield Volunteer Fire Department',
    ],
    [
      "a statement read on someone's behalf speaks for them, not for its reader",
      [
        'Outside court, lawyer Fatima Rahimi read a statement on behalf of her client, Derek Olsen.',
        '“I have always maintained my innocence, and today I was vindicated,” the statement said.',
      ],
      'Derek Olsen',
    ],
    [
      '"Vice-Principal" is a title',
      ['The school “did everything by the book,” according to Vice-Principal Leonard Hsu.'],
      'Leonard Hsu',
    ],
    [
      'a body compromise knows keeps a first word that is a title elsewhere ("General Motors")',
      ['“Rates will stay high for longer,” General Motors said in a note to dealers.'],
      'General Motors',
    ],
  ])('%s', (_what, paragraphs, name) => {
    const quotes = extractQuotes(article(...paragraphs));
    expect(quotes.map((q) => q.speaker)).toEqual([name]);
  });
});

describe('extractQuotes: surnames with particles', () => {
  it.each([
    [
      'Amina al-Rashid, a 54-year-old seamstress, stood outside the ruins of her shop.',
      '“They can take the roof, but we will stay,” al-Rashid said through an interpreter.',
      'Amina al-Rashid',
    ],
    [
      'Yasmin el-Haddad, a teacher, said her family had spent three nights on the roof.',
      '“We thought it was over,” El-Haddad told The Associated Press.',
      'Yasmin el-Haddad',
    ],
    [
      'Union leader Hendrik van der Berg said the strike would continue.',
      '“Until we have a signed offer, no ship will leave,” Van der Berg told AFP.',
      'Hendrik van der Berg',
    ],
    [
      'Gen. Tomás de la Fuente, who has led the division since 2019, spoke to reporters.',
      '“The withdrawal will be orderly,” he said.',
      'Tomás de la Fuente',
    ],
  ])('%s … %s', (before, quote, name) => {
    expect(extractQuotes(article(before, quote)).map((q) => q.speaker)).toEqual([name]);
  });
});

describe("extractQuotes: where this session's probe rules must not reach (a review's misfires)", () => {
  it.each([
    [
      'an acronym two bodies spell is neither',
      [
        'The Canadian Bar Association has warned about the bill. The Canadian Bankers Association, which represents 60 banks, says the timeline is too short.',
        '“Our members need at least 18 months,” CBA said.',
      ],
      'at least 18 months',
      'Canadian Bar Association',
    ],
    [
      '"the company" is the firm the story is about, not the one suing it with "Co." in its name',
      [
        'Tidewater Brewing is suing Crown Cork & Seal Co. over defective cans.',
        'Tidewater says thousands of cans leaked in its warehouse.',
        '“This cost us our summer,” the company said.',
      ],
      'cost us our summer',
      'Crown Cork & Seal Co.',
    ],
    [
      'a "Veteran" opening a body\'s name stays in it',
      [
        'Veteran Affairs Canada said in a statement that the office would close.',
        '“Services will move online,” the department said.',
      ],
      'move online',
      'Affairs Canada',
    ],
    [
      "a lede's role is no expert the story then quotes, described as something else",
      [
        'A Saskatchewan residential school survivor is suing the archdiocese.',
        'Tony Merchant, 70, a Regina lawyer, filed the claim.',
        '“I carried this for 60 years,” the survivor said.',
      ],
      'carried this',
      'Tony Merchant',
    ],
    [
      "a lede's subject is no doctor who comments",
      [
        'A Limerick pensioner has been left with a €9,000 bill after waiting two years for surgery.',
        'Dr. Niamh Cullen, a consultant at University Hospital Limerick, said waiting lists were at record levels.',
        'Bridget Hayes, who is 81, went private in the end.',
        '“I had no choice,” the pensioner said.',
      ],
      'no choice',
      'Niamh Cullen',
    ],
    [
      'a body whose name opens on "Advocate" keeps it',
      [
        'Advocate Health Care said it would close the clinic.',
        '“We regret this decision,” Advocate Health Care said.',
      ],
      'regret this decision',
      'Health Care',
    ],
    [
      'a district judge is no prosecutor',
      [
        'U.S. District Judge Maria Reyes sentenced him to eight years.',
        '“The court has no doubt,” the prosecutor said.',
      ],
      'no doubt',
      'Maria Reyes',
    ],
    [
      'an attorney general is no lawyer a story quotes',
      [
        'Attorney General Merrick Garland announced the charges.',
        '“He will have his day in court,” the lawyer said.',
      ],
      'his day in court',
      'Merrick Garland',
    ],
    [
      'whoever won a seat is no lottery winner',
      [
        'Councillor Colm Farrell, who won his seat by 12 votes, sold the ticket.',
        '“I still cannot believe it,” the winner said.',
      ],
      'cannot believe',
      'Colm Farrell',
    ],
    [
      'whoever directed traffic is no director',
      [
        'Traffic was directed by Garda Sergeant Tom Walsh after the crash.',
        '“The road will reopen tonight,” the director said.',
      ],
      'reopen tonight',
      'Tom Walsh',
    ],
    [
      "a rival team's player with the role is not the team's",
      [
        'The Silver Ferns beat England 57-55 in Auckland.',
        'England shooter Helen Housby scored 40 goals.',
        '“We worked on that all week,” the Silver Ferns shooter said.',
      ],
      'all week',
      'Helen Housby',
    ],
    [
      "another party's member with the role is not the party's",
      [
        'Labour has called for an inquiry into the contract.',
        'Conservative MP Jane Smith defended the minister.',
        '“It stinks,” the Labour MP said.',
      ],
      'It stinks',
      'Jane Smith',
    ],
    [
      'an office after a preposition and a comma is not the name after it',
      [
        'In a letter to the Tánaiste, Ms Walsh, a retired teacher, asked for help.',
        '“We will look at it,” the Tánaiste said.',
      ],
      'look at it',
      'Walsh',
    ],
    [
      "a minister who reports a review's conclusion is not its author",
      [
        'The review was published on Monday.',
        '"The system failed these families."',
        'That was the conclusion of the review, Health Minister Mark Butler told reporters on Tuesday.',
      ],
      'failed these families',
      'Mark Butler',
    ],
    [
      "comments that came from a spokesman are not the premier's",
      [
        'The budget came under fire.',
        '"Not one cent for schools."',
        'The comments came from a spokesman for Premier Doug Ford, who declined to be named.',
      ],
      'one cent',
      'Doug Ford',
    ],
    [
      'an age with a nationality is no one not given that age',
      [
        'Jannik Sinner beat Carlos Alcaraz in five sets on Sunday.',
        '“It was the hardest match of my life,” the 24-year-old Italian said.',
      ],
      'hardest match',
      'Carlos Alcaraz',
    ],
    [
      '"his wife" is no daughter sharing his surname',
      [
        'Bill Hendricks and his daughter, Emma Hendricks, run the orchard.',
        '“We lost half,” Bill Hendricks said.',
        '“We will manage,” his wife added.',
      ],
      'will manage',
      'Emma Hendricks',
    ],
    [
      'a name in brackets after a person is a nickname, no acronym',
      [
        'Thomas Oliver Murphy (Tom) chairs the board. Tom Reed, the treasurer, said the books were sound.',
        '“We are in good shape,” Tom said.',
      ],
      'good shape',
      'Thomas Oliver Murphy',
    ],
    [
      "a middle initial before a surname that is a body's word is still a person",
      [
        'Karen L. Hill, the county elections supervisor, certified the count.',
        '“Every vote was counted,” the supervisor said.',
      ],
      'Every vote',
      null,
    ],
    [
      'a judge after the sentenced man is not him',
      [
        'Tyler Marsh, 24, was sentenced to six years on Friday. The judge said Marsh had shown no remorse.',
        '“This was a cruel and calculated crime,” the judge said.',
      ],
      'cruel and calculated',
      'Tyler Marsh',
    ],
    [
      'an age after a sentence naming two people is not the first of them',
      [
        'Judge Anne Molloy sentenced Tyler Marsh to six years on Friday. The 24-year-old showed no emotion.',
        '“I am sorry for what I did,” the 24-year-old said.',
      ],
      'sorry for what',
      'Anne Molloy',
    ],
    [
      'a venue is no team',
      [
        'Connor McDavid will miss two weeks with a knee injury, the Edmonton Oilers said Tuesday.',
        'McDavid was hurt in the second period at Rogers Place.',
        '“He will be re-evaluated next week,” the team said.',
      ],
      're-evaluated',
      'Rogers Place',
    ],
    [
      'whoever drove somewhere is no driver',
      [
        'A truck driver has been charged after a crash on Highway 7.',
        'Sandra Whitlock drove to the scene after hearing the news.',
        '“I never saw the car,” the driver told police.',
      ],
      'never saw the car',
      'Sandra Whitlock',
    ],
    [
      "a minister who posts after a body's statement does not take it over",
      [
        'The Ontario Provincial Police said in a statement the crash happened just after midnight. Transport Minister Prabmeet Sarkaria posted on X that his thoughts were with the families.',
        '“The driver of the car was pronounced dead at the scene,” the statement said.',
      ],
      'pronounced dead',
      'Prabmeet Sarkaria',
    ],
    [
      '"That was too much for Speaker X" is about him, not by him',
      [
        'Opposition Leader Marit Stiles accused the premier of hiding the report.',
        '“The premier is hiding the truth from Ontarians.”',
        'That was too much for Speaker Ted Arnott.',
      ],
      'hiding the truth',
      'Ted Arnott',
    ],
    [
      'an unnamed family nearer than a named one',
      [
        'Tom Haskins’s family moved to Halifax in 1990.',
        'On Tuesday, a family of four was displaced by a fire on Agricola Street.',
        '“We lost everything,” the family said.',
      ],
      'lost everything',
      'Tom Haskins family',
    ],
    [
      'a kin compound gives each one noun, not both',
      [
        'Mother-daughter team Ruth Allen and Ana Allen opened the bakery in 2019.',
        '“Mom still does the books,” the daughter said.',
      ],
      'still does the books',
      'Ruth Allen',
    ],
    [
      '"where he put it." reports nothing',
      [
        'Coun. Dana Ruiz spoke first at Tuesday’s meeting.',
        '“Nobody on this council has seen the money.” Mayor Tom Haskins knows exactly where he put it.',
      ],
      'seen the money',
      'Tom Haskins',
    ],
  ])('%s', (_what, paragraphs, phrase, wrong) => {
    expect(speakerOf(phrase, ...paragraphs)).not.toBe(wrong);
  });

  it('keeps a shared surname without its possessive', () => {
    expect(
      speakerOf(
        'will not sell',
        'Irene and Paolo Castellano’s olive grove has been in the family for a century.',
        '“We will not sell,” Paolo Castellano said.',
      ),
    ).toBe('Paolo Castellano');
  });

  it('keeps "MEC" the retailer\'s name', () => {
    const [quote] = extractQuotes(
      article(
        'MEC said Tuesday it would close its Ottawa store.',
        '“This was a difficult decision,” MEC said in a statement.',
      ),
    );
    expect(quote?.speaker).toBe('MEC');
  });

  it("reads no candidate's description in a guide as their words", () => {
    const quotes = extractQuotes(
      article(
        'The Chronicle spoke with each of the three candidates for mayor.',
        'Dana Ruiz: A 64-year-old retired teacher, Ruiz has lived in the ward for 30 years.',
        'Tom Haskins: A former fire chief, Haskins wants a second ambulance station.',
      ),
    );
    expect(quotes).toEqual([]);
  });
});

describe('extractQuotes: an agent noun for whoever does its verb', () => {
  it.each([
    [
      'Marcus Delgado, 52, has fished these waters for 30 years.',
      'the fisherman',
      'Marcus Delgado',
    ],
    ['Ann Park farms 200 hectares near Brandon.', 'the farmer', 'Ann Park'],
    // An irregular past: "taught" for "the teacher".
    [
      'For 38 years, Marjorie Lindqvist taught Grade 2 at Hillcrest Elementary.',
      'the retired teacher',
      'Marjorie Lindqvist',
    ],
    ['Linh Tran, who was elected to the Senate in 2022, spoke first.', 'the senator', 'Linh Tran'],
    [
      'Ruth Kowalski has volunteered at the shelter for a decade.',
      'the volunteer',
      'Ruth Kowalski',
    ],
    // Four words: modifiers before the noun.
    [
      'Ernest Dubrovnik, 81, who farmed barley near Weyburn for 50 years, was honoured on Sunday.',
      'the retired barley farmer',
      'Ernest Dubrovnik',
    ],
  ])('%s “…,” %s said', (before, mention, name) => {
    expect(speakerOf('never seen', before, `“I have never seen this,” ${mention} said.`)).toBe(
      name,
    );
  });

  it('is not someone else when a capitalised word qualifies the noun', () => {
    // Clinton served in the Senate; "the Vermont senator" is someone the article never named.
    expect(
      speakerOf(
        'never seen',
        'Hillary Clinton served in the Senate for eight years before she ran.',
        '“I have never seen this,” the Vermont senator said.',
      ),
    ).toBeNull();
  });

  it('takes a capitalised word the lede opened on as said of them', () => {
    // "Green" is said of no one after the name; the lede's "A Green councillor" says it.
    expect(
      speakerOf(
        'never seen',
        'A Green councillor has broken ranks with the mayor over the transit budget.',
        'Oksana Bilyk, who has sat on the council since 2022, voted against it on Tuesday.',
        '“I have never seen this,” the Green councillor said.',
      ),
    ).toBe('Oksana Bilyk');
  });

  it('is no one when the words qualifying the noun are not said of them', () => {
    // The review's cases: the victim named after a lede about an unnamed officer; another farmer.
    expect(
      speakerOf(
        'defending myself',
        'A retired police officer has been charged with assault after a fight outside a bar.',
        'Tom Reed, 24, was treated in hospital for a broken jaw.',
        '“I was defending myself,” the retired police officer told reporters.',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'water rights',
        'Ernest Kowalchuk, 79, farmed grain near Balgonie for 40 years.',
        'His land went to a young dairy farmer from Regina.',
        '“I needed the water rights,” the young dairy farmer said.',
      ),
    ).toBeNull();
  });

  it('is not the noun itself naming someone else', () => {
    expect(
      speakerOf(
        'hard enough',
        'As Ivanka Trump spoke, a fashion designer watched from her home.',
        '“It is hard enough,” said the designer.',
      ),
    ).toBeNull();
  });
});

describe('extractQuotes: an age for someone named in full only in a possessive', () => {
  it('gives "the 39-year-old" the full name, not the surname set off with the age', () => {
    expect(
      speakerOf(
        'still waiting',
        'The first thing you notice about Daniel Okafor’s workshop is the smell.',
        'Okafor, 39, builds wooden boats by hand.',
        '“I am still waiting,” the 39-year-old says.',
      ),
    ).toBe('Daniel Okafor');
  });
});

describe('extractQuotes: "the company" is no product nor a common word', () => {
  it('finds the firm, not what it makes ("its Kidaclear Night Cough & Cold")', () => {
    expect(
      speakerOf(
        'stop using',
        'A drugmaker has recalled 140,000 bottles of a cough medicine.',
        'Westbrook Pharmaceuticals said the recall covers its Kidaclear Night Cough & Cold.',
        '“We are asking consumers to stop using the affected lots,” the company said.',
      ),
    ).toBe('Westbrook Pharmaceuticals');
  });

  it('finds the firm, not the brand it sells under ("the Maple Hollow brand")', () => {
    expect(
      speakerOf(
        'abundance of caution',
        'Okanagan Ridge Orchards Inc. says it is recalling about 3,000 cases of apple juice.',
        'The recall covers bottles sold under the Maple Hollow brand in B.C. and Alberta.',
        '“We are recalling the product out of an abundance of caution,” the company said.',
      ),
    ).toBe('Okanagan Ridge Orchards Inc.');
  });
});

describe('extractQuotes: a department whose name lists its portfolios', () => {
  it('is named in full again as "the department"', () => {
    expect(
      speakerOf(
        'a priority',
        'Immigration, Refugees and Citizenship Canada says it has cleared half of a backlog.',
        '“Reducing them remains a priority,” the department said.',
      ),
    ).toBe('Immigration, Refugees and Citizenship Canada');
  });
});

describe('extractQuotes: a person "of" a body', () => {
  it('ends the name before whom they are of', () => {
    expect(
      speakerOf(
        'long way around',
        'Reeve Lyle Pankratz of the RM of Coulee Bend No. 178 says farmers are taking detours.',
        '“We have got guys hauling seed the long way around,” the reeve said.',
      ),
    ).toBe('Lyle Pankratz');
  });
});

describe('extractQuotes: a name set off as something someone owns', () => {
  it('is no one "he" can mean ("Brasa, his celebrated wood-fire restaurant,")', () => {
    expect(
      speakerOf(
        'what to do with my hands',
        'When I ask Tomás Villanueva-Reyes what he misses, he does not hesitate. “The noise,” he says.',
        'The 58-year-old chef closed Brasa, his celebrated wood-fire restaurant, last spring.',
        'Was it hard to walk away? He laughs. “I did not know what to do with my hands.”',
      ),
    ).toBe('Tomás Villanueva-Reyes');
  });

  it('leaves a person set off as someone’s relation a person ("Leila, his wife,")', () => {
    expect(
      speakerOf(
        'kept the books',
        'Hassan Ali opened the shop in 1998 with Leila Ali, his wife, at the till.',
        '“I kept the books for twenty years,” she said.',
      ),
    ).toBe('Leila Ali');
  });
});

describe('extractQuotes: a platform or a title by the words around it, and people whose names look like one (probe41, reviews)', () => {
  it('is no one "she" can mean ("an emotional Instagram post")', () => {
    expect(
      speakerOf(
        'crying in the car park',
        'TV chef Rosie Fairweather-Blake has revealed she secretly battled burnout.',
        'The 44-year-old opened up in an emotional Instagram post.',
        'She wrote: “For months I was smiling on camera and crying in the car park.”',
      ),
    ).toBe('Rosie Fairweather-Blake');
  });

  it('is no one "she" can mean when a longer word holds its name ("Instagrammers")', () => {
    expect(
      speakerOf(
        'crying in the car park',
        'TV chef Rosie Fairweather-Blake has revealed she secretly battled burnout.',
        'The 44-year-old opened up in an emotional Instagram post that Instagrammers shared thousands of times.',
        'She wrote: “For months I was smiling on camera and crying in the car park.”',
      ),
    ).toBe('Rosie Fairweather-Blake');
  });

  it('is no one "she" can mean ("her hit series Kitchen Rescue")', () => {
    expect(
      speakerOf(
        'crying in the car park',
        'TV chef Rosie Fairweather-Blake has revealed she battled burnout while filming her hit series Kitchen Rescue.',
        'The 44-year-old posted on Instagram.',
        'She wrote: “For months I was smiling on camera and crying in the car park.”',
      ),
    ).toBe('Rosie Fairweather-Blake');
  });

  it('leaves a person whose surname reads as a team’s a person, and one named after "During the series" (review)', () => {
    expect(
      speakerOf(
        'last 50',
        'Ariarne Titmus won the 400m freestyle final in Brisbane on Tuesday.',
        'Titmus coach Dean Boxall said she had trained through illness.',
        '“I felt strong in the last 50,” the 24-year-old said.',
      ),
    ).toBe('Ariarne Titmus');
    expect(
      speakerOf(
        'good rhythm',
        'During the series Ollie Pope scored two centuries for England.',
        '“I felt in good rhythm,” Pope said.',
      ),
    ).toBe('Ollie Pope');
  });

  it('leaves a person who hosts a podcast a person ("the podcast host Tom Reed")', () => {
    expect(
      speakerOf(
        'never planned it',
        'The podcast host Tom Reed started recording in his garage in 2019.',
        '“I never planned it,” he said.',
      ),
    ).toBe('Tom Reed');
  });
});

describe('extractQuotes: a clause after a name is no appositive', () => {
  it('gives ", the Canadian Food Inspection Agency (CFIA) says" to no bacterium', () => {
    expect(
      speakerOf(
        'make you sick',
        'Mushrooms are being recalled because they may be contaminated with Listeria, the Canadian Food Inspection Agency (CFIA) says.',
        '“Contaminated food can still make you sick,” the agency said.',
      ),
    ).toBe('Canadian Food Inspection Agency');
  });
});

// Cases a review of this session's rules found them misreading, each kept right.
describe('extractQuotes: where the rules for descriptions and bodies must not reach', () => {
  it.each([
    [
      'Jane Smith reported the findings to council on Monday.',
      '“Costs have doubled,” the report said.',
      null,
    ],
    [
      'John Smith was indicted on Monday by a grand jury.',
      '“He defrauded investors,” the indictment said.',
      null,
    ],
    [
      'Donald Trump added that he would win the state.',
      '“Crooked Hillary is a liar,” the ad says.',
      null,
    ],
    ['Joe Blake opened his own shop in 1990.', '“We will win,” the owner said.', null],
    [
      'Target reported weaker sales on Wednesday.',
      '“Shoppers are cautious,” the company said.',
      'Target',
    ],
    [
      'Speaking at City Hall, Mayor Olivia Chow announced the budget.',
      '“We will balance the books,” the city said.',
      null,
    ],
    ['Cleverly told reporters the deal was done.', '“We stand firm,” Cleverly said.', 'Cleverly'],
    [
      'Woodward, the veteran reporter, spoke on Monday.',
      '“It was chaos,” Woodward said.',
      'Woodward',
    ],
  ])('%s %s → %s', (before, quoted, name) => {
    const quote = quoted.slice(1, quoted.indexOf(','));
    expect(speakerOf(quote, before, quoted)).toBe(name);
  });

  it.each([
    ['Jane Doe, President and CEO of Acme Corp., said “We are growing.”', 'Jane Doe'],
    ['“Inflation is easing,” Bank of England Governor Bailey said.', 'Bailey'],
    ['Smith and Jones of Statistics Canada said, “The numbers are clear.”', 'Smith and Jones'],
  ])('%s → %s', (text, name) => {
    expect(extractQuotes(article(text))[0]?.speaker).toBe(name);
  });

  it('leaves "the 39-year-old" a surname when two people share it', () => {
    expect(
      speakerOf(
        'keep up',
        'Daniel Okafor runs the shop. His wife, Grace Okafor, keeps the books.',
        'Okafor, 39, said sales had doubled.',
        '“We cannot keep up,” the 39-year-old said.',
      ),
    ).toBe('Okafor');
  });
});

describe('extractQuotes: a pronoun finds a person, not a place or a thing', () => {
  it.each([
    [
      // "according to X" at a sentence's end names a source a later "he" can mean.
      [
        'Harbour Road will close for a month from Monday, according to county engineer Tomas Reyes.',
        '“The bridge joints are worn through,” he said.',
      ],
      'bridge joints',
      'Tomas Reyes',
    ],
    [
      // So does one opening the sentence, by a surname alone or set off before a description.
      [
        'Nurhaida Jumdain, 29, teaches 34 children to read. Her mentor, retired principal Abdulwahid Salih, convinced the city to provide the boats.',
        'According to Jumdain, attendance has doubled since the boats began. “Before, the children had to swim,” she said.',
      ],
      'had to swim',
      'Nurhaida Jumdain',
    ],
    [
      [
        'The benchmark contract for October delivery dropped RM37 to RM3,912 per tonne at the close.',
        'According to Harith Zulkarnain, a senior commodities analyst at Seri Mutiara Futures, buyers had paused purchases. “The market is waiting for New Delhi,” he said.',
      ],
      'waiting for New Delhi',
      'Harith Zulkarnain',
    ],
    [
      // A sentence opening on a place ("Maple Crest Drive") leaves no one for "he" to mean.
      [
        'Maple Crest Drive flooded again on Tuesday after a water main burst near Hollis Park.',
        'Residents blamed the city. Works manager Dev Anand Kapoor said crews were on site.',
        '“We will have the main fixed by tonight,” he said.',
      ],
      'fixed by tonight',
      'Dev Anand Kapoor',
    ],
    [
      // "the Hubble Space Telescope": a name after a lowercase "the" is a thing, whatever first
      // name opens another ("the James…").
      [
        'The images were taken with the Harold Nile Space Telescope last spring.',
        '“The detail is astonishing,” she said of the pictures.',
      ],
      'detail is astonishing',
      null,
    ],
    [
      // A single word the article writes only after a possessive is a thing someone owns.
      [
        'For the first time, the choir of St Brigid’s Cathedral will sing at the festival.',
        '“It has taken us years to get here,” she said.',
      ],
      'taken us years',
      null,
    ],
  ])('%j', (paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs) ?? null).toBe(name);
  });

  it('keeps a person whose name the article also writes after "the" in a longer name', () => {
    expect(
      speakerOf(
        'keep building',
        'Priya Anand Rao founded the Priya Anand Rao Trust in 2010.',
        '“We will keep building schools,” she said.',
      ),
    ).toBe('Priya Anand Rao');
  });
});

describe('extractQuotes: titles before a name', () => {
  it.each([
    ['Fr Colm Daly, the parish priest, said the hall would reopen.', 'Colm Daly'],
    ['Monsignor Ruth Ansah, the vicar, said the bells would ring.', 'Ruth Ansah'],
    // Right after a title, a word ending like a nationality is a given name.
    ['Rev Gwenllian Parry told the congregation the church would stay open.', 'Gwenllian Parry'],
    // An office "for" something, then the name set off after it.
    [
      'The state’s Commissioner for Works, Tunde Bakare-Ojo, said the road would reopen.',
      'Tunde Bakare-Ojo',
    ],
  ])('%s', (first, name) => {
    expect(speakerOf('next week', first, '“It will be ready next week,” he said.')).toBe(name);
  });
});

describe('extractQuotes: "the Premier", "the Pole", "the Dubliner"', () => {
  it.each([
    // An office some papers capitalise is whom the article gave it, not the last name read.
    [
      'Premier Dana Whitlock has ruled out selling the utility.',
      'Finance Minister Omar Reyes floated the idea last week.',
      'the Premier',
      'Dana Whitlock',
    ],
    [
      'Taoiseach Aoife Brennan said the Government would serve its full term.',
      'Opposition leader Cathal Moran called for an election.',
      'the Taoiseach',
      'Aoife Brennan',
    ],
    // Nouns for someone of a nation or city that compromise does not list.
    [
      'Polish tennis player Kasia Nowak reached her first final on Friday.',
      'Her coach, Tom Reilly, watched from the stands.',
      'the Pole',
      'Kasia Nowak',
    ],
    [
      'A bus driver from Glasgow has been praised for stopping a runaway lorry.',
      'Ian Baird, 52, steered his bus across the road to block it.',
      'the Glaswegian',
      'Ian Baird',
    ],
    // A city's noun finds whom the article described by the city.
    [
      'Dublin-born actor Cian Farrell opens in the play next week.',
      'His co-star, Ruth Ames, has worked with him twice.',
      'the Dubliner',
      'Cian Farrell',
    ],
  ])('%s … %s … %s', (first, second, mention, name) => {
    expect(speakerOf('much to do', first, second, `“There is much to do,” ${mention} said.`)).toBe(
      name,
    );
  });

  it("gives a city's noun to no one when the article names nobody by the city", () => {
    expect(
      speakerOf(
        'much to do',
        'Actor Cian Farrell opens in the play next week.',
        '“There is much to do,” says the Dubliner.',
      ),
    ).toBeNull();
  });
});

describe('extractQuotes: an age is a person’s, not a place’s or a prize’s', () => {
  it.each([
    [
      'Tamsin Oduya started a lunchtime coding club at Brookfield Academy.',
      '“We needed somewhere to learn,” the 15-year-old said.',
      'Tamsin Oduya',
    ],
    [
      'Orla Feeney wrote her debut in a caravan. The record was shortlisted for the Northern Music Prize.',
      '“We needed somewhere to learn,” the 29-year-old says.',
      'Orla Feeney',
    ],
  ])('%s', (first, second, name) => {
    expect(speakerOf('somewhere to learn', first, second)).toBe(name);
  });
});

describe('extractQuotes: statements and families', () => {
  it.each([
    [
      [
        'Two men were arrested after a fight outside a bar in Perth.',
        'A Police Scotland statement said: “Both men remain in custody.”',
      ],
      'remain in custody',
      'Police Scotland',
    ],
    [
      [
        'The Northern Cricket League (NCL) has banned two players for a season.',
        '“The rules are clear,” an NCL statement said.',
      ],
      'rules are clear',
      'Northern Cricket League',
    ],
    [
      [
        'A small rover stopped responding after nine days on the Moon, the Canadian Space Office said.',
        'The rover was built to collect soil near the Moon’s south pole.',
        '“Engineers are working to restore contact,” the agency said.',
      ],
      'restore contact',
      'Canadian Space Office',
    ],
    [
      [
        'Owen Tremayne, from Truro, died in hospital after the crash.',
        'In a statement, Owen’s family said: “He was the kindest of brothers.”',
      ],
      'kindest of brothers',
      'Owen Tremayne family',
    ],
  ])('%j', (paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: descriptions that name a team, a body or the lede', () => {
  it.each([
    [
      [
        'Harrowgate Rovers manager Luca Benedetti said his side had been “second best” all night.',
        'Goals from Sam Ayre and Tom Kerr sealed the win for the visitors.',
        '“We were second to every ball,” the Harrowgate boss said.',
      ],
      'second to every ball',
      'Luca Benedetti',
    ],
    [
      [
        'Dr Linh Tran, senior researcher at the Coastal Soils Institute (CSI), said the salt line had moved inland.',
        'Farmers in the delta have begun growing shrimp instead.',
        '“We are out of time,” the CSI researcher said.',
      ],
      'out of time',
      'Linh Tran',
    ],
    [
      [
        'A mother of two who lost both legs in a crash has climbed Kilimanjaro.',
        'Beth Carrow, 41, reached the summit with her friend and guide Ana Mensah.',
        '“Ana never let me stop,” the mother of two said.',
      ],
      'never let me stop',
      'Beth Carrow',
    ],
  ])('%j', (paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: given names and titles from other newsrooms', () => {
  it('keeps a given name ending like "-ish" ("Harish", "Manish")', () => {
    expect(
      speakerOf(
        'no interest',
        'Railways Minister Harish Chandra Rao dismissed the protest as “theatre”.',
        '“They have no interest in discussion,” Mr Rao said.',
      ),
    ).toBe('Harish Chandra Rao');
  });

  it('finds "the Skye-born warden" from "warden Torcuil MacRath", a given name no list knows', () => {
    expect(
      speakerOf(
        'good years',
        'After 30 years at the lighthouse, warden Torcuil MacRath is retiring.',
        'She has watched the seabird colony shrink by half.',
        '“I have seen the good years,” the Skye-born warden says.',
      ),
    ).toBe('Torcuil MacRath');
  });
});

describe('extractQuotes: a numbered seat before a councillor’s name', () => {
  it.each([
    'Ward 12 Coun. Priya Okonjo was more blunt: “This plan was dead on arrival.”',
    'District 3 Supervisor Priya Okonjo said: “This plan was dead on arrival.”',
  ])('%s', (text) => {
    expect(speakerOf('dead on arrival', 'The transit plan was shelved on Friday.', text)).toBe(
      'Priya Okonjo',
    );
  });
});

describe('extractQuotes: unnamed sources described by where they are from or whom they serve', () => {
  it.each([
    ['“It is a ghost town,” said one student from Kenya, who asked not to be named.', null],
    ['“He sees the ice,” said one Western Conference scout.', 'Western Conference scout'],
  ])('%s', (text, name) => {
    expect(speakerOf(' ', 'The campus is half empty this fall.', text) ?? null).toBe(name);
  });
});

describe('extractQuotes: guards found by reviewing this change', () => {
  it.each([
    [
      'a firm cited by "according to" is no one "he" means',
      [
        'Analyst Dara Flood of Keane Securities said the results were weak.',
        'Growth will slow next year, according to Morgan Stanley.',
        '“It is a hard market,” he said.',
      ],
      'hard market',
      'Dara Flood',
    ],
    [
      'nor one opening the sentence',
      [
        'Analyst Dara Flood of Keane Securities said the results were weak.',
        'According to Morgan Stanley, growth will slow next year.',
        '“It is a hard market,” he said.',
      ],
      'hard market',
      'Dara Flood',
    ],
    [
      'nor is a name inside a document cited so',
      [
        'Councillor Owen Doyle said the bypass would ease traffic.',
        'The route was first drawn in 2014, according to a report by engineer Cathal Walsh.',
        '“This has been a long time coming,” he said.',
      ],
      'long time coming',
      'Owen Doyle',
    ],
    [
      'nor does a source cited so take over from someone who just spoke',
      [
        'Detective Inspector Mark Hayes said officers were called after midnight.',
        'The house had been empty for months, according to neighbour Frank Dolan.',
        '“We are appealing for anyone with information,” he said.',
      ],
      'appealing for anyone',
      'Mark Hayes',
    ],
    [
      "a surname that is a place's last word is still a person's",
      [
        'Ji-hoon Park said he was honoured by the award.',
        '“I want to give something back,” he said.',
      ],
      'give something back',
      'Ji-hoon Park',
    ],
    [
      'a person named in a longer name after "the" still speaks',
      [
        'Producers said the Andrew Lloyd Webber musical would open in May.',
        'Director Trevor Nunn said rehearsals begin next week.',
        'Andrew Lloyd Webber said he was thrilled.',
        '“It feels like coming home,” he said.',
      ],
      'coming home',
      'Andrew Lloyd Webber',
    ],
    [
      "a club's player who speaks is someone",
      [
        'Coach Declan Moran praised his side.',
        'But Arsenal’s Saka said the players never doubted themselves.',
        '“We always back ourselves,” he said.',
      ],
      'back ourselves',
      'Saka',
    ],
    [
      '"Canon" is a company, not a title',
      ['Canon said sales of its cameras had doubled.', '“Demand was strong,” Canon said.'],
      'Demand was strong',
      'Canon',
    ],
    [
      '"the Taoiseach" is not a former one',
      [
        'Taoiseach Simon Harris unveiled a plaque at the school on Friday.',
        'Former Taoiseach Bertie Ahern, a past pupil, said he was proud.',
        '“Education changes lives,” the Taoiseach said.',
      ],
      'changes lives',
      'Simon Harris',
    ],
    [
      '"the Pole" is the one the article gave Poland',
      [
        'Poland’s Iga Nowacka beat Aryna Sobol 6-2 6-4 in the final.',
        'Sobol said she had been outplayed.',
        '“I played my best tennis today,” the Pole said.',
      ],
      'best tennis',
      'Iga Nowacka',
    ],
    [
      'an age goes to whoever the article gave it, wherever',
      [
        'The top prize went to Aoife Brennan, 16, for her essay on climate.',
        'Her teacher Ciara Walsh said she was thrilled.',
        '“I did not expect to win,” the 16-year-old said.',
      ],
      'expect to win',
      'Aoife Brennan',
    ],
    [
      '"the agency" is the body named Agency before another Commission',
      [
        'The European Medicines Agency approved the vaccine on Monday.',
        'The European Commission said it would sign contracts this week.',
        '“The benefits outweigh the risks,” the agency said.',
      ],
      'outweigh the risks',
      'European Medicines Agency',
    ],
    [
      '"Liam\'s family" is not a superintendent named Liam',
      [
        'A boy named locally as Liam died after the crash.',
        'Superintendent Liam Geraghty said the road would stay closed.',
        'Liam’s family said: “He was the light of our lives.”',
      ],
      'light of our lives',
      'Liam family',
    ],
    [
      "the lede's father of three is the one given an age, not a race director",
      [
        'A father of three who lost his sight has completed the Dublin Marathon.',
        'Race director Jim Aughney said the day had gone well.',
        'Niall Regan, 44, crossed the line in four hours.',
        '“I could not have done it without Brian,” the father of three said.',
      ],
      'without Brian',
      'Niall Regan',
    ],
    [
      "a role the lede's subject does something as is the person the story names first",
      [
        'A Dalhousie University geologist has spent a decade mapping the faults under Halifax harbour.',
        'Professor Miriam Oduya and three students drilled 40 cores from the seabed.',
        'Port engineer Calum Fraser said the work would guide new piers.',
        '“The harbour floor is younger than anyone thought,” the geologist said.',
      ],
      'younger than anyone',
      'Miriam Oduya',
    ],
    [
      "a lede's unnamed official who speaks is nobody named later",
      [
        'A senior health official said on Monday the outbreak had peaked.',
        'Anita Rowe, 52, a nurse at the hospital, said wards were reopening.',
        '“We are past the worst of it,” the official said.',
      ],
      'past the worst',
      null,
    ],
    [
      'a diocese is a body even when a given name opens it',
      [
        'A retired teacher is suing the Roman Catholic Archdiocese of Halford over abuse he says he suffered as a boy.',
        'Martin Okello, 68, filed the claim last week.',
        '“I waited 50 years to say this out loud,” the retired teacher said.',
      ],
      '50 years',
      'Martin Okello',
    ],
    [
      'an office capitalised after words qualifying it is whom the article gave it',
      [
        'Opposition Leader Karen Whitfield has attacked the housing package.',
        'Treasurer Owen Marsh defended the measure at a press conference in Brisbane.',
        '"This is a budget that has given up on first-home buyers," the Opposition Leader told reporters.',
      ],
      'given up on first-home',
      'Karen Whitfield',
    ],
    [
      'an office capitalised and set off before a name, second in a list, is that name',
      [
        'The Taoiseach, Declan Furlong, and the Tánaiste, Niamh Brennan, met union leaders on Monday.',
        'Speaking in Galway, Mr Furlong said the talks had been constructive.',
        '“Nobody should read this as a blank cheque,” the Tánaiste said.',
      ],
      'blank cheque',
      'Niamh Brennan',
    ],
    [
      'an office the article read as a name of its own is not the speaker its holder is',
      [
        'There were angry exchanges in the Dáil on Wednesday.',
        'The Ceann Comhairle, Orla Keane, adjourned the sitting after repeated warnings.',
        '“Deputy, please resume your seat,” the Ceann Comhairle said.',
      ],
      'resume your seat',
      'Orla Keane',
    ],
    [
      'an office of a place, named by no one, is nobody',
      [
        'Officials often call the Prime Minister of Canada the first among equals.',
        '“We will not move on this,” the Prime Minister said.',
      ],
      'not move on this',
      null,
    ],
    [
      "a brigadier's rank is no part of the name",
      [
        'Provincial police spokesperson Brigadier Lerato Dube said three men had been arrested.',
        '"We will not rest until the rest are caught," said Dube.',
      ],
      'not rest until',
      'Lerato Dube',
    ],
    [
      "a district collector's title is no part of the name",
      [
        'District Collector R. Anand Kumar inspected the relief camps on Sunday.',
        '“There is sufficient stock of food,” Mr. Kumar said.',
      ],
      'sufficient stock',
      'R. Anand Kumar',
    ],
    [
      '"she" a few paragraphs on is the woman named beside a man who never spoke',
      [
        'Tomasz Wrona and his sister, Agata Wrona, opened the bakery in a converted garage in 2018.',
        'Both of them still start work at four in the morning.',
        '“We nearly closed in the first winter,” she says.',
      ],
      'nearly closed',
      'Agata Wrona',
    ],
    [
      'an acronym written as a word speaks by the name the article spelled out',
      [
        'The National Union of Metalworkers of South Africa (Numsa) rejected the offer on Monday.',
        '"Our members will not accept crumbs," Numsa said.',
      ],
      'accept crumbs',
      'National Union of Metalworkers of South Africa',
    ],
    [
      '"the company" is not the ombudsman it reported itself to',
      [
        'A Brisbane bakery chain has apologised for underpaying staff.',
        'Golden Crust Group, which runs 30 stores, reported the underpayments to the Fair Work Ombudsman in May.',
        '"We are deeply sorry to every member of our team," the company said in a statement.',
      ],
      'deeply sorry',
      'Golden Crust Group',
    ],
    [
      '"the company" is not the regulator it filed with, whose name holds "and"',
      [
        'Marlow Biotech shares fell 18% on Thursday after the drugmaker delayed its annual report.',
        '"We have found a weakness in our controls," the company said in a filing with the U.S. Securities and Exchange Commission.',
      ],
      'weakness in our controls',
      'Marlow Biotech',
    ],
    [
      '"Those are the words of" the next paragraph names gives the quotation before it',
      [
        'Residents of Lochmaddy say they have been cut off again.',
        '“We have had no ferry for a week. The shop has no bread left.”',
        'Those are the words of Morag Campbell, who runs the village shop.',
      ],
      'no ferry for a week',
      'Morag Campbell',
    ],
    [
      '"That was the verdict of" a description set off before the name',
      [
        'Farmers are angry about the new water rules.',
        '"It is city people making rules for country people."',
        'That was the verdict of the Farmers Federation president, Alan Brooke, who toured properties on Thursday.',
      ],
      'city people making rules',
      'Alan Brooke',
    ],
    [
      '"The comments came from" the next paragraph names gives the quotation before it',
      [
        'The budget came under fire on Monday.',
        '"There is not one euro in this budget for schools."',
        'The comments came from Paola Russo, the leader of the opposition, speaking outside parliament.',
      ],
      'not one euro',
      'Paola Russo',
    ],
    [
      '"That is how X puts it" gives the quotation before it',
      [
        '“A garden is a slow argument with the weather. You never win it outright.”',
        'That is how Hana Kowalczyk puts it, kneeling in the mud of her allotment in Perth.',
      ],
      'slow argument',
      'Hana Kowalczyk',
    ],
    [
      'an age before a city noun finds whom the article gave that age',
      [
        'Fans turned away from the concert want tougher laws on resale sites.',
        'Ciarán Mac Giolla, 41, from Finglas, paid €300 for fake tickets. His sister, Aoife Mac Giolla, 36, said they found out at the turnstile.',
        '“The touts are laughing at us,” the 41-year-old Dubliner said.',
      ],
      'touts are laughing',
      'Ciarán Mac Giolla',
    ],
    [
      '"the GP" is the family doctor the article described so',
      [
        'Her brother, Dr Tunde Adeyemi, a GP in Bristol, is less guarded.',
        '“She ran the house at twelve,” the GP says.',
      ],
      'ran the house',
      'Tunde Adeyemi',
    ],
    [
      "a country's possessive of two words is no part of a name",
      [
        'New Zealand’s Rawiri Ngata beat Cameron Pryor by a stroke on Sunday.',
        '“I have dreamt of this since I was a boy,” the Kiwi said.',
      ],
      'dreamt of this',
      'Rawiri Ngata',
    ],
    [
      'not another kind of the noun ("the festival director") (review)',
      [
        'Ken Loach’s new film will open the Toronto International Film Festival in September.',
        '“We are thrilled to welcome him back to Toronto,” the festival director said.',
      ],
      'thrilled to welcome',
      null,
    ],
    [
      'a tabloid’s given name in capitals opening its lede is the name (probe43)',
      [
        'JAMIE Pritchard last night blasted his Hallbridge Rovers team-mates as “spineless” after their 4-0 home thrashing.',
      ],
      'spineless',
      'Jamie Pritchard',
    ],
    [
      'not letters in capitals before a body’s word, nor short ones (review)',
      [
        'ANA Holdings said on Tuesday it would order 20 more Boeing jets, citing “demand for international travel”.',
      ],
      'demand for international travel',
      'ANA Holdings',
    ],
    [
      'a tabloid’s common noun in capitals opening its lede is no name',
      [
        'A SEAGULL that has been swiping sausage rolls in Whitby has been nicknamed “Gary the Greggs Grabber” by bakery staff.',
      ],
      'Greggs Grabber',
      null,
    ],
    [
      'not a word in capitals the article writes so again ("UNICEF")',
      [
        'A UNICEF spokeswoman said the camp was “running out of clean water and medicine” on Monday.',
        'UNICEF expects more supplies next week.',
      ],
      'running out of clean water',
      'UNICEF spokeswoman',
    ],
    [
      'nor a short acronym after "The" opening the lede ("The NYPD said")',
      [
        'The NYPD said two men were arrested, adding that the shooting was “a targeted attack on the store owner”.',
      ],
      'targeted attack',
      'NYPD',
    ],
    [
      'an age set off after a description is no subject of its own (probe43)',
      [
        'Jamie Pritchard last night blasted his team-mates after their 4-0 home thrashing.',
        '“That’s the worst I’ve seen from any group,” the veteran striker, 34, said.',
      ],
      'worst I’ve seen',
      'Jamie Pritchard',
    ],
    [
      'not a source the lede leaves unnamed',
      [
        'A senior official said the plan would be “dead on arrival in the Senate this year” and withdrawn.',
        'Mary Jones, 67, filed a complaint on Monday.',
      ],
      'dead on arrival',
      null,
    ],
    [
      'a role with a team’s name is not whom the story is about because the paragraph writes the team',
      [
        'Ireland beat Scotland 31-14 in Dublin on Sunday.',
        'Finn Russell kicked three penalties for Scotland but Ireland scored four tries.',
        '“We have to be better than that,” the Ireland captain said.',
      ],
      'better than that',
      null,
    ],
    [
      'not when only the description itself writes the team’s or place’s name',
      [
        'One month after backing Donald Trump, Marco Ruiz still believes the nominee is unfit. “I stand by everything I said,” the Florida senator told reporters.',
      ],
      'stand by everything',
      null,
    ],
    [
      'a nationality after a sentence about someone named by a given name of either gender',
      [
        'Kelsey Morrow beat the top seed in straight sets at Indian Wells.',
        '“I felt calm the whole match,” the American said.',
      ],
      'felt calm',
      'Kelsey Morrow',
    ],
    [
      'a nationality no one was given is not whom its quotation speaks of (probe41)',
      [
        'Kerala captain Aditya Venkatesh hit an unbeaten 112 on Saturday.',
        '“The wicket was a belter in the second innings,” Venkatesh said.',
        'Opposing skipper Tom Hargreaves-Lowe was left to rue two dropped catches. “You drop a player like Aditya on 14, you pay for it,” the Yorkshireman said.',
      ],
      'You drop a player',
      'Tom Hargreaves-Lowe',
    ],
    [
      '"the mother-of-three" with hyphens is the mother of three named before',
      [
        'Jodie Marsh, a mother-of-three from Ipswich, said her bill had doubled. Her neighbour, retiree Len Price, said he had stopped using his dryer.',
        '"The kids do their homework in coats," the mother-of-three said.',
      ],
      'homework in coats',
      'Jodie Marsh',
    ],
    [
      "the team's one player with a role is its role, though never written beside the team",
      [
        'The Diamonds beat Jamaica 61-58 in the series decider in Sydney.',
        'Shooter Sarah Bryant finished with 31 goals. Coach Stacey Marsh said the defence won it.',
        '"We practised those feeds all week," the Diamonds shooter said.',
      ],
      'practised those feeds',
      'Sarah Bryant',
    ],
    [
      "a team's role two people hold is neither, when the team is not written beside them",
      [
        'The Hawks lost to the Swans by 40 points on Saturday.',
        'Hawthorn coach Sam Mitchell and Sydney coach John Longmire spoke after the game.',
        '"We were not good enough," the Hawks coach said.',
      ],
      'not good enough',
      null,
    ],
    [
      '"the pastor" is the reverend who led the service',
      [
        'Hundreds gathered at Mount Olive Baptist Church on Saturday for the funeral.',
        'The Rev. Desmond Clarke, who led the service, said she had taught three generations.',
        '“She knew every child in this town by name,” the pastor said.',
      ],
      'every child in this town',
      'Desmond Clarke',
    ],
    [
      '"the prosecutor" is the district attorney',
      [
        'Two men were charged with murder on Friday.',
        'District Attorney Renee Walsh said her office would seek the maximum penalty.',
        '“We will not let this community be terrorized,” the prosecutor said.',
      ],
      'be terrorized',
      'Renee Walsh',
    ],
    [
      '"the defense lawyer" is "His attorney, X," not the assistant U.S. attorney',
      [
        'Assistant U.S. Attorney Karen Boyd argued for eight years. His attorney, Lucia Moreno, asked for probation.',
        '“He has done everything asked of him,” the defense lawyer said.',
      ],
      'everything asked of him',
      'Lucia Moreno',
    ],
    [
      '"the director" is whom the film was directed by',
      [
        'The film was written and directed by Anselm Varga, who spent a decade on it.',
        'Its star, Irene Holt, called the shoot exhausting.',
        '“I wrote it for my mother,” the director said.',
      ],
      'for my mother',
      'Anselm Varga',
    ],
    [
      '"the Oscar winner" is the one who won an Oscar',
      [
        'Ruth Mbeki and Colm Farrell lead the cast. Farrell, who won an Oscar in 2019, plays her father.',
        '“I was terrified of the role,” the Oscar winner said.',
      ],
      'terrified of the role',
      'Colm Farrell',
    ],
    [
      '"the band" is the band the article named',
      [
        'The Lantern Owls, the folk band behind two platinum records, have split up.',
        '“We have decided to go our separate ways,” the band said in a statement.',
      ],
      'separate ways',
      'Lantern Owls',
    ],
    [
      '"the chipmaker" is the firm named for chips, not the phone maker',
      [
        'Corvex, the smartphone maker, has sued its former supplier Halden Chips over trade secrets.',
        '“These claims are baseless,” the chipmaker said.',
      ],
      'baseless',
      'Halden Chips',
    ],
    [
      'a party tag gives a senator her state, for "the Ohio senator"',
      [
        'Sen. Laura Kemp, R-Ohio, appeared on Fox News after the speech, as did Sen. Dan Ruiz, D-Ariz.',
        'Nothing in it “will calm people’s fears,” the Ohio senator said.',
      ],
      'calm people',
      'Laura Kemp',
    ],
    [
      '"Sen. X of Idaho" is the Idaho senator',
      [
        'Two votes are in doubt: Sen. Martin Hale of Idaho, a fiscal hawk, and Sen. James Orr of Ohio.',
        '“I will not vote for something I have not read,” the Idaho senator said.',
      ],
      'have not read',
      'Martin Hale',
    ],
    [
      '"That was the message Tuesday from" the next sentence names',
      [
        'Police were called to Garfield Avenue on Monday night.',
        '“This was a targeted incident.” That was the message Tuesday from Sgt. Dana Price of the city police.',
      ],
      'targeted incident',
      'Dana Price',
    ],
    [
      '"his wife" is the woman sharing the surname of the man who just spoke',
      [
        'Dan and Ruth Okafor have run the Hillside orchard since 1991.',
        'The frost took most of the crop. “We lost half of it,” Dan Okafor said.',
        '“We will get through it, we always do,” his wife added.',
      ],
      'always do',
      'Ruth Okafor',
    ],
    [
      '"his brother" is the other of two named together under one surname, whatever their given names',
      [
        'Tunde and Kelechi Adeyemi have run the corner bakery since 2004. Tunde bakes the bread.',
        '“People come for the bread and stay for the gossip,” Tunde Adeyemi says.',
        '“Mostly the gossip,” his brother adds.',
      ],
      'Mostly the gossip',
      'Kelechi Adeyemi',
    ],
    [
      '"his brother" when the second-named of two brothers speaks',
      [
        'Tunde and Kelechi Adeyemi have run the corner bakery since 2004.',
        '“People come for the bread,” Kelechi Adeyemi says.',
        '“And the gossip,” his brother adds.',
      ],
      'And the gossip',
      'Tunde Adeyemi',
    ],
    [
      '"his brother" is not the son of "Father and son Tom and Jack Reilly"',
      [
        'Father and son Tom and Jack Reilly have farmed the same land outside Lethbridge since 1988.',
        '“It has been a hard year,” Tom Reilly says.',
        '“Harder than most,” his brother adds.',
      ],
      'Harder than most',
      null,
    ],
    [
      '"her sister" is not a man named under her surname',
      [
        'Grace and Paul Mensah opened the shop in 2010.',
        '“It was a gamble,” Grace Mensah says.',
        '“It still is,” her sister adds.',
      ],
      'still is',
      null,
    ],
    [
      '"X and her colleagues wrote" is X',
      [
        'A team led by Soraya Haddad of the Lund Institute reports that the bees can count to four.',
        '“This changes how we think about insect minds,” Haddad and her colleagues wrote.',
      ],
      'insect minds',
      'Soraya Haddad',
    ],
    [
      "a body's acronym the article never bracketed stands for the name its initials spell",
      [
        'The Waikato Regional Transport Agency confirmed that bus fares will rise in July.',
        'In a statement, the WRTA said: "Fuel and wage costs have risen sharply."',
      ],
      'risen sharply',
      'Waikato Regional Transport Agency',
    ],
    [
      "an acronym's initials in a person's name are no body's",
      ['Jane Kerr Lowe chaired the meeting on Monday.', '"We need a plan by spring," JKL said.'],
      'plan by spring',
      'JKL',
    ],
    [
      '"the rookie" is the rookie quarterback, not a name "Rookie"',
      [
        'REGINA — Rookie quarterback Sam Adeyemi threw for 310 yards in his first start.',
        'Veteran receiver Marcus Dent caught two touchdown passes.',
        '“Marcus kept telling me to breathe,” the rookie said.',
      ],
      'telling me to breathe',
      'Sam Adeyemi',
    ],
    [
      "a manager at an airport is no county's boss",
      [
        'Kerry manager Jack O’Connor named his team on Friday.',
        'Tom Daly, operations manager at Kerry Airport, said flights were full.',
        '“We are ready,” the Kerry boss said.',
      ],
      'We are ready',
      'Jack O’Connor',
    ],
    [
      'a title before the name "the NDP leader" finds is no part of it',
      [
        'NDP Leader Marit Stiles asked the premier about the investigation.',
        'The premier said he had not been contacted.',
        '“Ontarians deserve answers,” the NDP leader said.',
      ],
      'deserve answers',
      'Marit Stiles',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: Canadian and British bodies and teams', () => {
  it.each([
    [
      ['BC Hydro said in a statement it would import power “to keep supply reliable” this winter.'],
      'keep supply reliable',
      'BC Hydro',
    ],
    [
      [
        'Leeds United have condemned abuse aimed at a player after Saturday’s defeat.',
        '“Racism has no place in our game,” the club said in a statement.',
      ],
      'no place in our game',
      'Leeds United',
    ],
  ])('%j', (paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });

  it('gives "the Oilers captain" to no team', () => {
    expect(
      speakerOf(
        'believe in this group',
        'Tyler Brandt scored twice as the Edmonton Oilers beat the Dallas Stars 4-3.',
        'Stars coach Glen Kowal said his team stopped skating.',
        '“We believe in this group,” the Oilers captain said.',
      ) ?? null,
    ).not.toBe('Edmonton Oilers');
  });
});

describe('extractQuotes: a crowd or a party’s members are no speaker', () => {
  it.each([
    'Fans chanted “Sack the board” for the first ten minutes of the match.',
    'Opposition MPs have accused the grocers of what they call “greedflation” this year.',
  ])('%s', (text) => {
    const quote = /“([^”]+)”/.exec(text)![1]!;
    expect(speakerOf(quote, text) ?? null).toBeNull();
  });
});

describe('extractQuotes: "Christian" before a surname is a given name', () => {
  it('keeps "Christian Dubé" whole', () => {
    expect(
      speakerOf(
        'must return',
        'Christian Dubé said the move was part of Bill 10.',
        '“Our nurses must return to the public network,” Dubé wrote on X.',
      ),
    ).toBe('Christian Dubé');
  });
});

describe('extractQuotes: a seventeenth round of blind probes (UK, Asian, African, US trade press)', () => {
  it.each([
    [
      'an age for the person, not the paper they told',
      [
        'A grandmother has described how she chased off two thieves with a garden rake.',
        'Pauline Oduya, from Wigan, Greater Manchester, heard the shed door being forced at 2am.',
        'The 61-year-old told The Mirror: “I was shaking, but I was not going to let them take his tools.”',
      ],
      'not going to let them',
      'Pauline Oduya',
    ],
    [
      'a description set off after a county is who spoke',
      [
        'A father who was turned away from a soft-play centre with his autistic son says he was humiliated.',
        'Darren Pilkington, 42, had booked the session a month in advance.',
        'Speaking from his home in Basingstoke, Hampshire, the father-of-three said: “They told us he was too loud.”',
      ],
      'too loud',
      'Darren Pilkington',
    ],
    [
      'a capital inside a word ("iPad") opens no firm',
      [
        'Apple is recalling some chargers sold with its iPad Air after reports of overheating.',
        '“Customer safety is our highest priority,” the iPad maker said.',
      ],
      'highest priority',
      'Apple',
    ],
    [
      'a noun opening a sentence before "for" is no firm',
      [
        'Norsk Batteri said on Monday that its quarterly revenue had fallen by a fifth.',
        'Demand for home storage units slowed across Europe.',
        '“We expect the second half to be stronger,” the company said.',
      ],
      'second half to be stronger',
      'Norsk Batteri',
    ],
    [
      'counties named with "and" are no utility',
      [
        'Tri-Valley Electric said it may cut power to 40,000 customers in Lake and Mendocino counties.',
        'Residents welcomed the warning.',
        '“Shutting off lines is never our first choice,” the utility said.',
      ],
      'never our first choice',
      'Tri-Valley Electric',
    ],
    [
      '"That was the experience of X" in the paragraph after',
      [
        'Commuters faced delays of up to five hours after a signal failure outside Crewe.',
        '“Nobody told us anything. We just sat in the dark.”',
        'That was the experience of Imogen Farraday, 54, who was travelling to a hospital appointment.',
      ],
      'sat in the dark',
      'Imogen Farraday',
    ],
    [
      '"That is how X, who …, describes it"',
      [
        'Dairy farms in the region are losing workers to the oil sands.',
        '“We milk at four in the morning and there is nobody to help.”',
        'That is how Tobias Wendt, who runs a 300-cow dairy near Lethbridge, describes his mornings.',
      ],
      'nobody to help',
      'Tobias Wendt',
    ],
    [
      '"So says X" after a dateline and a quotation',
      [
        'TURKANA — “The lake used to feed us. Now the fish are gone.”',
        'So says Akiru Lokwang, a fisherman in Kalokol, where the water has retreated two kilometres.',
      ],
      'fish are gone',
      'Akiru Lokwang',
    ],
    [
      '"X says this while …" after the quotation',
      [
        '“I never meant to keep bees. I was an accountant.”',
        'Harriet Mbeki, 61, says this while lifting a frame heavy with honey.',
      ],
      'never meant to keep bees',
      'Harriet Mbeki',
    ],
    [
      'a quotation over three paragraphs, attributed at its end',
      [
        'Residents packed a council meeting on Tuesday to oppose a new parking levy.',
        '“My rent went up. My insurance went up. My groceries went up.',
        '“Now the city wants another $30 a month to park outside my own home.',
        '“Enough is enough,” said Rosalind Achterberg, a nurse who has lived on the street for 20 years.',
      ],
      'My rent went up',
      'Rosalind Achterberg',
    ],
    [
      'a Malaysian honorific is no part of the name',
      [
        'Transport Minister Datuk Seri Rahman Idris said new trains would arrive next year.',
        '“Commuters will see shorter waits by the end of 2026,” he said.',
      ],
      'shorter waits',
      'Rahman Idris',
    ],
    [
      '"Abu" opens a surname',
      [
        'Khaled Abu Hamdan, who runs a bakery in Khan Younis, said flour had run out.',
        '“We baked the last bread yesterday,” Abu Hamdan said.',
      ],
      'last bread yesterday',
      'Khaled Abu Hamdan',
    ],
    [
      'a Hong Kong surname between two given names',
      [
        'Teresa Wong Mei-ling, a pharmacist in Mong Kok, said customers were stockpiling.',
        '“People buy ten boxes at a time,” Wong said.',
      ],
      'ten boxes at a time',
      'Teresa Wong Mei-ling',
    ],
    [
      'an acronym keeping a small word’s letter',
      [
        'The Ministry of Housing and Urban Affairs (MoHUA) released new rules on Friday.',
        '“States must comply within six months,” the MoHUA said.',
      ],
      'within six months',
      'Ministry of Housing and Urban Affairs',
    ],
    [
      'an acronym whose name gained a last word after "and"',
      [
        'The outbreak was confirmed by the Centers for Disease Control and Prevention (CDC) on Monday.',
        '“Wash your hands with soap,” the CDC said.',
      ],
      'Wash your hands',
      'Centers for Disease Control and Prevention',
    ],
    [
      'an office’s acronym for whoever holds it',
      [
        'Health Cabinet Secretary (CS) Amina Wanjiru Otieno visited the hospital on Friday.',
        'County officials said more nurses were needed.',
        '“Every facility will get its share,” the CS said.',
      ],
      'get its share',
      'Amina Wanjiru Otieno',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });

  it('keeps a body named "Office of" an acronym stands for', () => {
    expect(
      speakerOf(
        'could not show',
        'The Office of the Information Commissioner (OIC) released its report on Thursday.',
        '“The ministry could not show results,” the OIC wrote.',
      ),
    ).toBe('Office of the Information Commissioner');
  });

  it('reads "said this week" as no pointer back at a quotation', () => {
    expect(
      speakerOf(
        'build the bridge',
        'Councillors voted on the plan on Monday.',
        '“We will build the bridge.”',
        'Mayor Dana Whitcombe said this week she disagreed.',
      ) ?? null,
    ).not.toBe('Dana Whitcombe');
  });
});

describe('extractQuotes: goaltenders, ages before a role, and transcripts by name or initials', () => {
  it.each([
    [
      '"the netminder" for whom the article gave the saves',
      [
        'CALGARY — Ilya Sorokin-Berg made 41 saves and the Flames beat the Oilers 3-2 on Saturday.',
        'Dane Whitlock scored twice for Calgary. “The boys battled,” Whitlock said.',
        '“I just tried to stay square and let them hit me,” the netminder said.',
      ],
      'stay square',
      'Ilya Sorokin-Berg',
    ],
    [
      '"the 21-year-old winger" by the age when no one was given the role',
      [
        'Mateo Lindqvist, 21, scored in overtime as Halifax beat Moncton 4-3 on Friday.',
        'Head coach Ray Dufresne said his team had been sloppy. “We were lucky,” Dufresne said.',
        '“I saw the goalie cheat and just shot,” said the 21-year-old winger.',
      ],
      'goalie cheat',
      'Mateo Lindqvist',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });

  it('gives a transcript line to a name labelled once, beside the interviewer’s many', () => {
    expect(
      speakerOf(
        'out before sunrise',
        'This is an edited transcript of Nadia Ferreira’s conversation with Yusuf Demir, a baker.',
        'Nadia Ferreira: Why do you start so early?',
        'Yusuf Demir: The bread must be out before sunrise. That is the job.',
        'Nadia Ferreira: And weekends?',
      ),
    ).toBe('Yusuf Demir');
  });

  it('reads a label of initials the introduction bracketed', () => {
    expect(
      speakerOf(
        'the river back',
        'Lucia Banerjee (LB) spoke with engineer Tomas Okafor (TO) about the new dam.',
        'LB: What was the goal?',
        'TO: To give the river back to the town. We moved the weir upstream.',
        'LB: Did the council agree?',
      ),
    ).toBe('Tomas Okafor');
  });

  it('leaves "the 45-year-old coach" to the coach, not the player the age would find', () => {
    expect(
      speakerOf(
        'proud of them',
        'Mateo Lindqvist scored in overtime as Halifax beat Moncton 4-3 on Friday.',
        'Coach Ray Dufresne kept his top line together all night.',
        '“I am proud of them,” said the 45-year-old coach.',
      ),
    ).toBe('Ray Dufresne');
  });
});

describe('extractQuotes: where the seventeenth round’s rules must not reach (a review’s misfires)', () => {
  it.each([
    [
      'a critic who "said this was nonsense" rebuts the quotation, not gives it',
      [
        'Finance Minister Chrystia Freeland tabled her budget on Tuesday.',
        '“We are on track to balance the books.”',
        'Critic Jasraj Hallan said this was nonsense.',
      ],
      'balance the books',
      'Chrystia Freeland',
    ],
    [
      'a firm opening a sentence before "in a statement"',
      [
        'Qantas in a statement on Wednesday said it would refund 86,000 customers.',
        '“We let our customers down,” the airline said.',
      ],
      'let our customers down',
      'Qantas',
    ],
    [
      'a firm opening a sentence before its workers',
      [
        'WestJet pilots voted 93 per cent in favour of a strike on Monday.',
        'A walkout could begin as early as next week.',
        '“We remain committed to reaching a deal,” the airline said.',
      ],
      'reaching a deal',
      'WestJet',
    ],
    [
      'an age for the latest person named, whatever their name’s type',
      [
        'A Bolton woman who lost her home in a fire says her neighbours saved her life.',
        'Her friend Emily Clarke organised a fundraiser that has raised £12,000.',
        'Oluwaseun Adebayo-Nkem, a care worker, escaped with her two children.',
        'The 34-year-old told the Manchester Evening News: “I owe them everything.”',
      ],
      'owe them everything',
      'Oluwaseun Adebayo-Nkem',
    ],
    [
      'a firm whose name a county shares',
      [
        'Telecom operator Orange said on Tuesday it would cut 2,000 jobs in France.',
        'The company also operates a call centre in Orange County, California.',
        '“These decisions are never easy,” the company said.',
      ],
      'never easy',
      'Orange',
    ],
    [
      '"Tun" as a given name',
      [
        'Tun Khin, president of the Burmese Rohingya Organisation UK, called the verdict a landmark.',
        '“This is the first step to justice,” Tun Khin said.',
      ],
      'first step to justice',
      'Tun Khin',
    ],
    [
      'an acronym inside a longer name keeps no truncated name',
      [
        'Agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) raided a gun shop.',
        '“Straw purchases fuel violence,” the ATF said in a statement.',
      ],
      'fuel violence',
      'ATF',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: an eighteenth round of blind probes (Canadian, US, British and Irish news, sport, features)', () => {
  it.each([
    [
      '"the CAO" for a chief administrative officer',
      [
        'The Town of Hinton is raising property taxes by 4 per cent.',
        'Chief administrative officer Priya Deshmukh said most of the increase covers policing.',
        'Mayor Tom Vickers said council had cut the draft budget twice.',
        '“Policing alone is three of the four per cent,” the CAO said.',
      ],
      'three of the four',
      'Priya Deshmukh',
    ],
    [
      '"the headteacher" for the headteacher named opening a sentence',
      [
        'A school in Leeds has banned phones for pupils.',
        'Headteacher Grace Abernethy said the decision followed a survey of parents.',
        'Father-of-two Liam Doyle said he welcomed the move.',
        '“Children should be allowed to just be children,” the headteacher said.',
      ],
      'just be children',
      'Grace Abernethy',
    ],
    [
      '"the secretary" shown without the office’s title',
      [
        'Secretary of State Elliot Brandt arrived in Amman on Sunday.',
        '“Our patience is not unlimited,” the secretary said.',
      ],
      'not unlimited',
      'Elliot Brandt',
    ],
    [
      '"That was the reaction of" a party’s critic, not the party',
      [
        '“The government has not been listening to farmers.”',
        'That was the reaction of Bloc Québécois agriculture critic Josée Lemieux on Wednesday.',
      ],
      'not been listening',
      'Josée Lemieux',
    ],
    [
      '"Those were the words of" a club’s manager, not the club',
      [
        'Luton Town were relegated on Saturday.',
        '“It hurts. We gave everything and it was not enough.”',
        'Those were the words of Luton manager Gareth Pryce after the final whistle.',
      ],
      'gave everything',
      'Gareth Pryce',
    ],
    [
      'a quotation opening the article, told of by the name after it',
      [
        '“I wrote most of this record in a car, pulled over on the highway.”',
        'Maude Lapierre is describing the making of her third album, recorded in a church.',
      ],
      'record in a car',
      'Maude Lapierre',
    ],
    [
      '"her husband" given by his first name beside her full name',
      [
        'When the river flooded in 2013, Irene Kowalczyk and her husband, Stan, lost their basement.',
        '“We said we would never go through that again,” her husband said.',
      ],
      'never go through that',
      'Stan Kowalczyk',
    ],
    [
      'an acronym that skips a word of the name',
      [
        'Leeds Teaching Hospitals NHS Trust (LTHT) has apologised for sending letters to the wrong addresses.',
        '“We sincerely apologise to those affected,” LTHT said.',
      ],
      'sincerely apologise',
      'Leeds Teaching Hospitals NHS Trust',
    ],
    [
      '"the Justice Department" as the article first named it',
      [
        'The Department of Justice on Thursday sued the state over its new law.',
        '“States cannot run their own foreign policy,” the Justice Department said.',
      ],
      'own foreign policy',
      'Department of Justice',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: a hyphenated title and a capitalised noun for a person', () => {
  it.each([
    [
      '"the leg-spinner" for whom the article titled so',
      [
        'KARACHI — Pakistan bowled England out for 201, with leg-spinner Imran Qadir taking five wickets.',
        'England’s top scorer was opener Tom Ashby with 58.',
        '“The ball gripped from the first over,” the leg-spinner said.',
      ],
      'gripped from the first',
      'Imran Qadir',
    ],
    [
      '"the Olympian" for the surname an appositive described so',
      [
        'Keisha Marlowe won the 200 metres at the national championships on Sunday.',
        'Defending champion Anne Roux finished second.',
        'Marlowe, a three-time Olympian from Laval, said her hamstring had held up.',
        '“I was not sure I would even start,” the Olympian said.',
      ],
      'not sure I would even start',
      'Keisha Marlowe',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });

  it('gives "the Conservatives" no member of the party', () => {
    expect(
      speakerOf(
        'a fantasy',
        'Conservative MP Jasraj Hallan spoke first in the debate.',
        '“The budget is a fantasy,” the Conservatives said in a statement.',
      ),
    ).not.toBe('Jasraj Hallan');
  });
});

describe('extractQuotes: where the seventeenth and eighteenth rounds’ rules must not reach (a second review’s misfires)', () => {
  it.each([
    [
      'a shooter’s "had 9 shots" makes no goaltender',
      [
        'Nathan MacKinnon had 9 shots but could not solve Ilya Sorokin as the Islanders edged Colorado 2-1.',
        'Sorokin was at his best in the third period.',
        '“They were coming in waves, and I just tried to stay square,” the goalie said.',
      ],
      'coming in waves',
      'Nathan MacKinnon',
    ],
    [
      'two goaltenders at work leave "the goaltender" to neither by their saves',
      [
        'Jeremy Swayman made 32 saves as the Boston Bruins beat the Toronto Maple Leafs 3-1.',
        'Joseph Woll allowed three goals on 27 shots for Toronto, which has lost four straight.',
        '“That’s a save I make nine times out of 10,” the goaltender said.',
      ],
      'nine times out of 10',
      'Jeremy Swayman',
    ],
    [
      'an age no one was given finds no one for "the 25-year-old forward"',
      [
        'Gabriel Vilardi scored twice as the Winnipeg Jets beat the Edmonton Oilers 4-2 on Saturday.',
        'Connor Hellebuyck made 31 saves for the Jets.',
        '“I just tried to get to the net,” said the 25-year-old forward.',
      ],
      'get to the net',
      'Connor Hellebuyck',
    ],
    [
      '"testified via video link" is no photo credit',
      [
        'A former warehouse supervisor told a Senate committee on Tuesday that workers skipped breaks.',
        'Li Wei, 34, testified via video link from Vancouver.',
        'Committee chair Sen. Tony Dean said the testimony was troubling.',
        '“We were timed to the second,” the 34-year-old said.',
      ],
      'timed to the second',
      'Tony Dean',
    ],
    [
      '"That was the reaction of" stops at a preposition before another person',
      [
        'Ottawa confirmed on Tuesday that the defence budget will reach two per cent of GDP.',
        '“About time.”',
        'That was the reaction of NDP MP Heather McPherson after prime minister Mark Carney spoke.',
      ],
      'About time',
      'Mark Carney',
    ],
    [
      'someone recalling a stranger’s words did not say them',
      [
        '“You’re going to be OK. Stay with me.”',
        'Maria Santos recalls a stranger saying those words as she lay on the pavement last October.',
      ],
      'Stay with me',
      'Maria Santos',
    ],
    [
      'a husband the article gives a surname of his own keeps it',
      [
        'Isabelle Gagnon and her husband, Marc, have run a sugar shack since 1998.',
        'Marc Tremblay grew up tapping these same maples with his grandfather.',
        '“The season starts two weeks earlier than it did,” her husband said.',
      ],
      'two weeks earlier',
      'Marc Gagnon',
    ],
    [
      'a place’s curler is not "the Saskatchewan premier"',
      [
        'Saskatchewan’s Brent Laycock won his fourth provincial curling title on Sunday.',
        'Scott Moe was among the crowd for the final.',
        '“He makes us proud every time he steps on the ice,” the Saskatchewan premier said.',
      ],
      'steps on the ice',
      'Brent Laycock',
    ],
    [
      'a plug after an interview’s last answer is no answer',
      [
        'Novelist Miriam Toews spoke with the Free Press about her memoir. This interview has been edited.',
        'Q: Why write about your mother now?',
        'A: Because she asked me to.',
        'Q: Was it hard?',
        'A: Every page. But it was also fun.',
        'Miriam Toews: The author reads at McNally Robinson Booksellers on Thursday at 7 p.m.',
      ],
      'McNally Robinson',
      'Miriam Toews',
    ],
  ])('%s', (_, paragraphs, quote, wrong) => {
    expect(speakerOf(quote, ...paragraphs) ?? null).not.toBe(wrong);
  });

  it.each([
    [
      'a plural before "in March" is a common noun, not "the agency"',
      [
        'Retail sales rose for a third straight month, Statistics Canada said Friday.',
        'Sales in March rose 0.8 per cent, led by new car dealers.',
        '“Higher sales at motor vehicle and parts dealers led the gain,” the agency said.',
      ],
      'motor vehicle and parts',
      'Statistics Canada',
    ],
    [
      '"Fire officials" name no firm',
      [
        'Crews from Halifax Regional Fire and Emergency were called to the home just after 2 a.m.',
        'Fire officials said the blaze started near a space heater.',
        '“Working smoke alarms saved this family’s lives,” the department said in a news release.',
      ],
      'Working smoke alarms',
      'Halifax Regional Fire and Emergency',
    ],
    [
      'an acronym’s name after "the U.S."',
      [
        'Measles cases have reached their highest level in 30 years, the U.S. Centers for Disease Control and Prevention (CDC) said.',
        '“Vaccination remains the best protection,” the CDC said.',
      ],
      'best protection',
      'Centers for Disease Control and Prevention',
    ],
    [
      '"the State Department" is no "Department of State Health Services"',
      [
        'The Texas Department of State Health Services confirmed 20 new measles cases on Friday.',
        '“We are aware of reports of a Canadian citizen,” the State Department said.',
      ],
      'Canadian citizen',
      'State Department',
    ],
    [
      '"said so in a statement" after the quotation',
      [
        'Rogers Communications has been fined $200,000 by the CRTC over a billing error.',
        '“We accept the decision and have refunded every affected customer.”',
        'Rogers said so in a statement on Friday.',
      ],
      'refunded every',
      'Rogers Communications',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: "the younger" or "the elder" of a family', () => {
  it.each([
    [
      'the son introduced by his first name',
      [
        'Walter Drummond and his son, Callum, fish for scallops out of Digby from the same boat.',
        'Walter, 71, says this will be his last season.',
        '“Five generations of us have worked this bay,” the younger Drummond says.',
      ],
      'Five generations',
      'Callum Drummond',
    ],
    [
      'the father of a son named in full',
      [
        'Matteo Russo runs the bakery his father, Vincenzo, opened in 1972.',
        '“We still use his starter,” the elder Russo says.',
      ],
      'still use his starter',
      'Vincenzo Russo',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: a nineteenth round of blind probes (Canadian news)', () => {
  it.each([
    [
      '"the Crown" for the Crown attorney the article named',
      [
        'A Hamilton man accused of a fatal hit-and-run should go to prison for eight years, the Crown says.',
        'Crown attorney Priya Malhotra made her submissions on Tuesday.',
        'Defence lawyer Tom Reid asked for a conditional sentence.',
        '“He drove away and left her there,” the Crown argued.',
      ],
      'left her there',
      'Priya Malhotra',
    ],
    [
      '"the CTO" for a chief technology officer',
      [
        'Toronto startup Lexicon AI has raised $20 million.',
        'Chief technology officer Wen Zhao said the money would go to hiring engineers.',
        '“We trained it on Canadian court decisions,” the CTO said.',
      ],
      'Canadian court decisions',
      'Wen Zhao',
    ],
    [
      'a noun for a doing opening a sentence is no firm',
      [
        'Prairie Crest Energy said Thursday its third-quarter profit fell 12 per cent.',
        'Production averaged 184,000 barrels a day, down from 201,000.',
        '“The maintenance turnaround is behind us,” the company said.',
      ],
      'turnaround is behind us',
      'Prairie Crest Energy',
    ],
    [
      'a dateline with a province before a lone quotation',
      [
        'WINDSOR, Ont. — “We will not be bullied into a bad deal.”',
        'That was the message Tuesday from Unifor president Dana Kowalski as talks resumed.',
      ],
      'bullied into a bad deal',
      'Dana Kowalski',
    ],
    [
      '"So said" a title and a name, then when',
      [
        '“We are not going to apologize for winning ugly.”',
        'So said Saskatchewan Roughriders head coach Marc Belisle after Sunday’s 16-13 win.',
      ],
      'winning ugly',
      'Marc Belisle',
    ],
    [
      '"his wife" named "of 40 years"',
      [
        'Desmond Clarke, 71, has lived with Parkinson’s disease for a decade.',
        'His wife of 40 years, Yvonne Clarke, is his full-time caregiver.',
        '“He still dances in the kitchen,” his wife says.',
      ],
      'dances in the kitchen',
      'Yvonne Clarke',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: a twentieth round of probes, and a third review’s misfires', () => {
  it.each([
    [
      '"the coroner" for the coroner named, not a town in the lede',
      [
        'A coroner has found that a teenager who died in custody in Alice Springs could have been saved.',
        'Delivering her findings on Thursday, Coroner Elowen Marwick said staff failed to check on him.',
        '“There were repeated missed opportunities,” the coroner said.',
      ],
      'missed opportunities',
      'Elowen Marwick',
    ],
    [
      '"the elder" is the one of that surname not introduced as the son',
      [
        'Ikenna Eze has grown yams on the same plot outside Enugu for four decades.',
        'His son, Chidi Eze, left for Lagos at 20.',
        '“When I go, the farm goes with me,” the elder Eze said.',
      ],
      'farm goes with me',
      'Ikenna Eze',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });

  it.each([
    [
      '"the Vatican" is no diplomat of it',
      [
        'Archbishop Paul Gallagher, a Vatican diplomat, met the minister on Monday.',
        '“Dialogue remains the only path,” the Vatican said in a statement.',
      ],
      'only path',
      'Paul Gallagher',
    ],
    [
      'a firm named "Constellation Software" stays the company',
      [
        'Constellation Software Inc. said founder Mark Leonard would step down as president.',
        'Constellation shares fell 4 per cent.',
        '“Mark built this company,” the company said.',
      ],
      'built this company',
      'Mark Leonard',
    ],
    [
      '"So said a spokesperson for" a minister is not the minister',
      [
        '“The minister has been clear about the timeline.”',
        'So said a spokesperson for Transport Minister Anita Anand after the announcement.',
      ],
      'clear about the timeline',
      'Anita Anand',
    ],
    [
      '"the CTO" is no technology analyst',
      [
        'Jane Park, a technology analyst at Desjardins, said the results were weak.',
        '“We are rebuilding the platform,” the CTO said on a call with analysts.',
      ],
      'rebuilding the platform',
      'Jane Park',
    ],
    [
      '"the younger Tremblay" is no neighbour’s daughter',
      [
        'Owen Tremblay, 34, took over the farm from his father, Luc Tremblay, in 2019. Neighbour Anne Roy and her daughter, Claire, help at harvest.',
        '“We plant earlier every year,” the younger Tremblay said.',
      ],
      'plant earlier',
      'Claire Tremblay',
    ],
  ])('%s', (_, paragraphs, quote, wrong) => {
    expect(speakerOf(quote, ...paragraphs) ?? null).not.toBe(wrong);
  });

  it('keeps "Sobeys in Nova Scotia" a firm', () => {
    expect(
      speakerOf(
        'difficult decision',
        'Sobeys in Nova Scotia will close three stores next month.',
        '“This was a difficult decision,” the grocer said.',
      ),
    ).toBe('Sobeys');
  });
});

describe('extractQuotes: where the session’s rules must not reach (a review of the whole session)', () => {
  it.each([
    [
      'someone recalling a stranger shouting the words did not say them',
      [
        '“Get out of the car, now.”',
        'Derek Lang recalls a stranger shouting those words moments before the bridge gave way.',
      ],
      'Get out of the car',
      'Derek Lang',
    ],
    [
      'someone recalling "the words of" a doctor did not say them',
      [
        '“Sorry, there is nothing we can do.”',
        'Jason Ng recalls the words of the emergency room doctor the night his father died.',
      ],
      'nothing we can do',
      'Jason Ng',
    ],
    [
      'a grocer named in the plural before "in the" is no common noun',
      [
        'Loblaws in the Maritimes will close two stores this year, the grocer said Monday.',
        '“These decisions are never easy,” the grocer said in a statement.',
      ],
      'never easy',
      'Maritimes',
    ],
  ])('%s', (_, paragraphs, quote, wrong) => {
    expect(speakerOf(quote, ...paragraphs) ?? null).not.toBe(wrong);
  });

  it.each([
    [
      '"That was the reaction of" a body named over "of", a role and a name',
      [
        '“This is a sad day for every small business in this country.”',
        'That was the reaction of Canadian Federation of Independent Business president Dan Kelly.',
      ],
      'sad day for every small business',
      'Dan Kelly',
    ],
    [
      'a lede quotation someone "described … in those words" is theirs',
      [
        '“A national embarrassment.”',
        'Conservative Leader Pierre Poilievre described the auditor general’s report in those words on Tuesday.',
      ],
      'national embarrassment',
      'Pierre Poilievre',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });
});

describe('extractQuotes: a twenty-first round of blind probes (longer Canadian stories)', () => {
  it.each([
    [
      'a minister of two portfolios is one person, not a pair',
      [
        'HALIFAX — Nova Scotia is launching a phone line for families seeking help.',
        'Mental Health and Addictions Minister Gwen Halloran said the new line will run around the clock.',
        '“Families told us they were calling six different numbers.',
        '“Starting in January, there will be one number,” she said.',
      ],
      'six different numbers',
      'Gwen Halloran',
    ],
    [
      '"That’s how X put it" in the paragraph after',
      [
        'Economist Tariq Malik said the numbers reflect broader inflation.',
        '“You used to bring four kids for the price of a nice dinner.”',
        'That’s how volunteer Rosalind Kaye put it as she handed out wristbands.',
      ],
      'price of a nice dinner',
      'Rosalind Kaye',
    ],
    [
      '"That warning came Tuesday from X"',
      [
        '“It is not a question of if, but when, another outbreak hits.”',
        'That warning came Tuesday from Dr. Hamza Qureshi, the regional medical officer of health.',
      ],
      'not a question of if',
      'Hamza Qureshi',
    ],
    [
      '"That was defence lawyer X"',
      [
        'Justice Emily Carrothers found that the landlord had removed smoke alarms.',
        '“We will fight this all the way to the Court of Appeal.”',
        'That was defence lawyer Rafael Mendes, speaking to reporters outside the courthouse.',
      ],
      'fight this all the way',
      'Rafael Mendes',
    ],
  ])('%s', (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs)).toBe(name);
  });

  it('keeps two titled people a pair', () => {
    expect(speakerOf('We disagree', '“We disagree,” said Sen. Tom Reed and Rep. Ann Park.')).toBe(
      'Tom Reed and Ann Park',
    );
  });
});

describe('extractQuotes: a role named in the paragraph after the quotation', () => {
  it('gives "the chief" to the chief the next paragraph names', () => {
    expect(
      speakerOf(
        'release the footage',
        'Protesters gathered outside city hall on Friday demanding video of a police shooting.',
        '“We will release the footage once the family has seen it,” the chief said.',
        'Police Chief Marisol Duarte said the officer had been placed on leave.',
      ),
    ).toBe('Marisol Duarte');
  });

  it('gives "the chief" no one the next paragraph titles otherwise', () => {
    expect(
      speakerOf(
        'release the footage',
        'Protesters gathered outside city hall on Friday demanding video of a police shooting.',
        '“We will release the footage once the family has seen it,” the chief said.',
        'Mayor Daniel Okafor said the city would review the policy.',
      ) ?? null,
    ).not.toBe('Daniel Okafor');
  });
});

describe('extractQuotes: a source the article will not name', () => {
  it.each([
    '“The window is closing,” said one Western diplomat, speaking on condition of anonymity.',
    '“He will be a first-line centre in three years,” said one NHL scout, who requested anonymity.',
    '“Nobody wants a vote before the recess,” said a senior Democratic aide, who asked not to be named.',
  ])('%s', (text) => {
    const quote = /“([^”]+)”/.exec(text)![1]!;
    expect(speakerOf(quote, text) ?? null).toBeNull();
  });

  // The subject before "said", its relative clause set off between: not whoever spoke before.
  itNames('%s', [
    [
      'no one named before: "“…,” one neighbour, who asked not to be named, said"',
      [
        'Sergeant Leon Whitlock said extra patrols had been put in place.',
        '“You lie awake listening for it now,” one neighbour, who asked not to be named, said.',
      ],
      'listening for it',
      null,
    ],
    [
      'the name before a description and its clause: "Tom Reed, a retired teacher, who lives nearby, said"',
      [
        'Police said the fire was arson.',
        '“It was terrifying,” Tom Reed, a retired teacher, who lives across the street, said.',
      ],
      'terrifying',
      'Tom Reed',
    ],
    [
      'the name a clause gives: "a woman, who gave her name only as Lorna, said"',
      [
        'Postmaster Ian Bell said the branch would stay open.',
        '“I have had to take two buses,” a woman, who gave her name only as Lorna, said.',
      ],
      'two buses',
      'Lorna',
    ],
    [
      'the mayor named before: "the mayor, who took office in May, said"',
      [
        'Mayor Ann Corrigan opened the bridge on Monday. Police said the road would reopen.',
        '“This took far too long,” the mayor, who took office in May, said.',
      ],
      'far too long',
      'Ann Corrigan',
    ],
  ]);

  it('keeps a body’s spokesperson who declined to be named as the body’s voice', () => {
    expect(
      speakerOf(
        'under active consideration',
        'The federal government has not ruled out a ban.',
        'A spokesperson for the Communications Minister, who declined to be named, said: “All options are under active consideration.”',
      ),
    ).toBe('Communications Minister spokesperson');
  });
});

describe('extractQuotes: a twenty-second round of blind probes (interviews, bodies, wire and local news)', () => {
  itNames('%s', [
    [
      'a hyphenated military rank',
      [
        'Two guards were shot dead in a cash-in-transit heist near Tongaat on Tuesday.',
        'Provincial police commissioner Lieutenant-General Thandi Mokoena visited the scene.',
        '“We will find them,” the provincial commissioner told reporters.',
      ],
      'We will find them',
      'Thandi Mokoena',
    ],
    [
      'a pair named with their offices',
      [
        'The city and the county will jointly pay for a crisis team, officials announced Monday.',
        'Mayor Joan Whitlow and County Executive Victor Albanese unveiled the plan at a firehouse.',
        '“That changes in January,” they said in a joint statement.',
      ],
      'That changes in January',
      'Joan Whitlow and Victor Albanese',
    ],
    [
      'a pair with an age and "his partner" between them',
      [
        'The owners of a seafront café are to retire at the end of the season.',
        'Gareth Lloyd, 66, and his partner Amara Santos, 63, took over the café in 1998.',
        '“Our knees have made the decision for us,” they wrote on Facebook.',
      ],
      'Our knees have made',
      'Gareth Lloyd and Amara Santos',
    ],
    [
      'a body in a place',
      [
        'Tropical Storm Hollis formed in the Gulf on Saturday.',
        'Parish President Nadine Guidry said schools would close on Monday.',
        '“Rapid intensification is possible on Sunday,” the National Hurricane Center in Miami said.',
      ],
      'Rapid intensification',
      'National Hurricane Center',
    ],
    [
      'an age and the town someone is from',
      [
        'Margaret Boyd, 81, was awarded the British Empire Medal for her knitting.',
        'Consultant Dr Aoife Nolan said families kept the hats for years.',
        '“I never forgot that nurse,” the 81-year-old from Larne told the BBC.',
      ],
      'never forgot that nurse',
      'Margaret Boyd',
    ],
    [
      'a title that is no role noun ("lock")',
      [
        'Highlanders lock Tevita Moala has been named in the squad for the tour.',
        'Coach Dean Hurley said the call-up was deserved.',
        '“I had to sit down for a minute,” said the lock.',
      ],
      'sit down for a minute',
      'Tevita Moala',
    ],
    [
      'a retort ("shot back")',
      [
        'Host Colin Marsh pressed former Treasury official Greta Lindqvist on the contract.',
        'Lindqvist said she had followed the guidelines.',
        '“That is a trapdoor with a welcome mat,” the host shot back.',
      ],
      'trapdoor with a welcome mat',
      'Colin Marsh',
    ],
    [
      'a first-person narrator’s "my oncologist"',
      [
        'My oncologist, Dr. Helen Strand, wrote numbers on the paper on the exam table.',
        'The surgeon, Dr. Peter Vance, told us it had gone well.',
        '“You are allowed to be furious at a disease,” my oncologist said.',
      ],
      'furious at a disease',
      'Helen Strand',
    ],
    [
      'a description set off with a count of grandchildren',
      [
        'Residents say they will be cut off if the bus route ends.',
        'Gwen Pugh, 78, a grandmother-of-five, uses the bus to visit her family.',
        'Her neighbour, Sian Morris, 70, said she had started asking for lifts.',
        '“Without that bus, I will see them at Christmas,” the grandmother-of-five told BBC Wales.',
      ],
      'see them at Christmas',
      'Gwen Pugh',
    ],
    [
      'a lede’s description after a place’s name',
      [
        'A Sunderland mother-of-two has raised £12,000 for the hospital that saved her son.',
        'Kerry Dobson, 35, and her sister Leanne Dobson, 30, walked 100 miles for the charity.',
        'Fundraising manager Olivia Grant said the money would pay for a parents’ kitchen.',
        '“The nurses held me together,” the mother-of-two said.',
      ],
      'held me together',
      'Kerry Dobson',
    ],
    [
      'a description’s possessive and a noun for speech before a colon',
      [
        'The Seaview Night Shelter Trust runs a 40-bed shelter in the docklands.',
        'Housing Minister Carys Evans said £3m had been allocated to councils.',
        'The trust’s response was blunt: “Allocated is not the same as spent.”',
      ],
      'not the same as spent',
      'Seaview Night Shelter Trust',
    ],
    [
      'an aside between a body and its verb, and "the civic body"',
      [
        'The Pune Municipal Corporation (PMC) has issued notices to 96 buildings ahead of the monsoon.',
        'Local corporator Sunita Pawar said she had written to the commissioner.',
        'The civic body, in a statement, said that residents “must vacate in the interest of their own safety”.',
      ],
      'must vacate',
      'Pune Municipal Corporation',
    ],
    [
      'an editor by what they edited',
      [
        'Seán Ó Dálaigh, who compiled the first dictionary of fishing terms, died on March 3rd.',
        'Dr Fiachra Mac Giolla Rua, who edited it in the 1980s, recalled long evenings in Carna.',
        'His daughter, Máire, said he kept notebooks in every pocket.',
        '“He would not let a word in unless two fishermen had used it,” the editor said.',
      ],
      'two fishermen had used it',
      'Fiachra Mac Giolla Rua',
    ],
    [
      'a prime minister as "the PM"',
      [
        'Prime Minister Ana Kovač announced the plan on Monday.',
        'Opposition Leader Peter Dunne said it came too late.',
        '“This is about families,” the PM said.',
      ],
      'about families',
      'Ana Kovač',
    ],
    [
      'a body named with a word joined by a hyphen',
      [
        'A dairy processor will close its cheese plant next year.',
        'Southland Dairy Co-operative confirmed the closure on Tuesday.',
        'Chief executive Hamish Reid told staff the plant had lost money.',
        '“This was not a decision we made lightly,” the co-operative said.',
      ],
      'made lightly',
      'Southland Dairy Co-operative',
    ],
  ]);

  it.each([
    [
      'an unnamed source with a relative clause and no comma',
      [
        'The producers’ chief negotiator, Mira Osei, said both sides remained at the table.',
        '“There is a deal to be had on wages. The health plan is the wall,” said a person familiar with the talks who was not authorized to discuss them publicly.',
      ],
      'deal to be had on wages',
    ],
    [
      'a deputy minister who is not the minister',
      [
        'The province will miss its surgical wait-time target, a deputy minister said.',
        'Health Minister Brent Kowalski has said the target is achievable.',
        '“We are not where we wanted to be,” the deputy minister said.',
      ],
      'not where we wanted',
    ],
    [
      'a chef who is not the sous chef',
      [
        'The kitchen at Ekhaya is loud by six in the morning.',
        'Her sous chef, Pieter Botha, says the menu changes every week.',
        '“It was just dinner,” says the chef.',
      ],
      'just dinner',
    ],
    [
      '"she" after a source who did not want to be identified',
      [
        'Crews found the garage fully involved, according to Fire Department Capt. Aaron Velasco.',
        '“The wind was pushing everything east,” Velasco said.',
        'A neighbour who did not want to be identified said she was woken by a bang. “The whole sky was orange,” she said.',
      ],
      'whole sky was orange',
    ],
    [
      '"she" after a source who asked that her name not be used',
      [
        'Const. Mark Ilunga said officers arrived within minutes.',
        'One resident, who asked that her name not be used, said she heard shouting. “I was terrified,” she said.',
      ],
      'I was terrified',
    ],
  ] as const)('names no one wrongly: %s', (_, paragraphs, quote) => {
    const found = speakerOf(quote, ...paragraphs) ?? null;
    expect(found).toBeNull();
  });

  it('reads a description before its relative clause ("said a union official who attended")', () => {
    const quotes = extractQuotes(
      article(
        'Mira Osei said both sides remained at the table.',
        '“There is a deal on pay,” said a union official who attended the meeting.',
      ),
    );
    expect(quotes.find((q) => q.text.includes('deal on pay'))?.mention).toBe('a union official');
  });

  it('takes no clause opening on a preposition for an aside ("in a finish that he said")', () => {
    expect(
      speakerOf(
        'tied for third place',
        'Reed says he is “effectively tied for third place” with Ohio Sen. Tom Marsh, in a finish that he said defied the polls.',
      ),
    ).toBe('Reed');
  });

  it('takes no one a person’s noun titles for "the company" ("Resident Priya Naidoo")', () => {
    expect(
      speakerOf(
        'that assessment was wrong',
        'Harbourside Water has admitted it knew about a leaking main for 14 months.',
        'Resident Priya Naidoo said water came through her garage.',
        '“With hindsight, that assessment was wrong,” the company said.',
      ) ?? null,
    ).not.toMatch(/Naidoo/);
  });

  it('leaves a given name that is a title too in a pair ("Dean Ferris")', () => {
    expect(
      speakerOf(
        'We love it',
        'Dean Ferris and Amy Poe opened the shop in 1990.',
        '“We love it,” they said.',
      ),
    ).toBe('Dean Ferris and Amy Poe');
  });

  it('gives no title word of a work its person ("the series Pop Idol")', () => {
    expect(
      speakerOf(
        'most watched show',
        'The show began in 2002, based on the British series Pop Idol, and is a success.',
        'The series was also said by a rival executive to be “the most watched show in the country”.',
      ) ?? null,
    ).not.toBe('Pop Idol');
  });
});

describe('extractQuotes: where the twenty-second round’s rules must not reach (a review’s misfires)', () => {
  itNames('%s', [
    [
      'an abbreviated lesser title ("Lt. Gov.")',
      [
        'AUSTIN, Texas — Lt. Gov. Dale Pruitt said the chamber would vote on the bill this week.',
        'Gov. Anne Whitaker has not said whether she will sign it.',
        '“We are going to get this done before the session ends,” the lieutenant governor said.',
      ],
      'get this done',
      'Dale Pruitt',
    ],
    [
      'a title word opening a name in a pair ("Dean Del Mastro")',
      [
        'A family-run hardware store that has served the city for 60 years is closing.',
        'Dean Del Rosario and Sandra Kearney bought the store from her father in 1994.',
        '“It was a hard decision, but it was ours to make,” they said.',
      ],
      'ours to make',
      'Dean Del Rosario and Sandra Kearney',
    ],
    [
      'a pair whose given names no list knows, titled plainly',
      [
        'WINNIPEG — The province and the chiefs signed an agreement on Monday.',
        'Premier Wab Kinew and Grand Chief Cathy Merrick signed the deal at the legislature.',
        '“This is the beginning of a new relationship,” they said in a joint statement.',
      ],
      'new relationship',
      'Wab Kinew and Cathy Merrick',
    ],
    [
      'an unnamed authority’s staff, not the named official, not authorized to talk',
      [
        'A man was shot by a deputy during a traffic stop on Saturday.',
        'Sheriff Tommy Rourke said the deputy had been placed on leave.',
        '“We will release the body camera video when the family has seen it,” the sheriff said, adding that deputies were not authorized to talk about the case.',
      ],
      'body camera video',
      'Tommy Rourke',
    ],
    [
      '"the witness" is whom the article said was testifying',
      [
        'A retired mechanic told a Toronto court he handed $80,000 to a man he believed was a bank investigator.',
        'Bogdan Kowalczyk, 81, was testifying at the trial of Shane Dorsey, 29, who has pleaded not guilty to fraud.',
        'Defence lawyer Helena Costa noted that Kowalczyk had never met the caller. “So you can’t say the voice was my client’s,” Costa said.',
        '“No,” the witness replied. “But I know what he took from me.”',
      ],
      'what he took from me',
      'Bogdan Kowalczyk',
    ],
    [
      'and whom the article last said told the jurors, of two',
      [
        'Paul Ng, an engineer, testified on Monday that the door had been repaired twice.',
        '“I told them it would hurt somebody,” Denise Rutledge told jurors on Tuesday.',
        'Under cross-examination, attorney Geoffrey Banks asked whether she had recommended closing the dock.',
        '“No, I didn’t have the authority,” the witness replied.',
      ],
      'didn’t have the authority',
      'Denise Rutledge',
    ],
    [
      'a lede’s "mother-of-two" given the woman, not the older man named first',
      [
        'A Wexford mother-of-two who stole €38,000 from an elderly neighbour has been jailed.',
        'The court heard that Patrick Doyle, 84, trusted her with his bank card.',
        'Siobhán Furlong, 39, of Gorey, pleaded guilty to theft.',
        '“I am ashamed of what I did,” the mother-of-two told the court.',
      ],
      'ashamed of what I did',
      'Siobhán Furlong',
    ],
    [
      'a lede’s "mother of two" given her, not her son named first with his age',
      [
        'An Orillia mother of two says her son was left behind on a school trip.',
        'Her son, Mason Pike, 9, was found by a park ranger two hours later.',
        'Jenna Pike said the school called her only after he was found.',
        '“Nobody even counted heads,” the mother of two said.',
      ],
      'counted heads',
      'Jenna Pike',
    ],
  ]);

  itDoesNotName('does not name: %s', [
    [
      'a pair charged, then police who speak ("Police said they…")',
      [
        'Two men from Barrie face charges after a crash on Highway 400.',
        'Mark Dunn, 52, and his son Tyler Dunn, 24, are each charged with dangerous driving. Police said they were still looking for witnesses.',
        '“Anyone who was on that stretch of highway is asked to call us,” they said.',
      ],
      'stretch of highway',
      'Mark Dunn and Tyler Dunn',
    ],
    [
      'a couple rescued, then the team that spoke just before "they added"',
      [
        'Two hikers were rescued from a ravine on Sunday.',
        'Greg Olsen, 61, and his wife Marion Olsen, 59, had been missing overnight.',
        'The search and rescue group said 20 volunteers reached the couple at first light.',
        '“They were cold but in good spirits,” the team said. “We were glad they had packed extra layers,” they added.',
      ],
      'packed extra layers',
      'Greg Olsen and Marion Olsen',
    ],
    [
      'a report’s title',
      [
        'The report Still Waiting was released Tuesday by the Ontario Health Coalition.',
        '“Residents are going days without a bath,” the report said.',
      ],
      'without a bath',
      'Still Waiting',
    ],
    [
      'an official from a body, not another body’s official',
      [
        'Public Health Agency official Dr. Marc Lefebvre said no illnesses had been reported.',
        '“Parents should check the lot numbers on the box,” said the official from Health Canada.',
      ],
      'lot numbers',
      'Marc Lefebvre',
    ],
  ]);
});

describe('extractQuotes: a twenty-third round of blind probes (business, sport, culture, Asian, African and US news)', () => {
  itNames('%s', [
    [
      'a pronoun after a source the article will not name',
      [
        'Energy Minister Samuel Darko told Parliament the shortfall was temporary.',
        'But a senior official at the river authority, who asked not to be named because he was not authorised to speak, painted a different picture.',
        '“We are running the plant on crude oil at three times the cost of gas,” he told Citi News.',
      ],
      'three times the cost',
      null,
    ],
    [
      'a party’s member by the tag the article gave ("the Republican")',
      [
        'Rep. Hector Valdez, R-Texas, said wait times had stretched to 14 hours.',
        'He and Rep. Dan Orozco, D-Texas, sent a letter last week. Orozco said the agency was short of officers.',
        '“Those lanes are closed because nobody budgeted for them,” the Republican told reporters.',
      ],
      'nobody budgeted',
      'Hector Valdez',
    ],
    [
      'an advocacy group "of" a place as "the group"',
      [
        'A federal judge on Wednesday blocked a new state law on drag performances.',
        'The American Civil Liberties Union of Ohio, which brought the suit, welcomed the ruling.',
        '“Ohio does not get to keep a registry of performers,” the group said in a statement.',
      ],
      'keep a registry',
      'American Civil Liberties Union of Ohio',
    ],
    [
      'a lede quotation and "With that, X opened…"',
      [
        '“We are not going to arrest our way out of this.”',
        'With that, Police Chief Ramona Ellison opened a community meeting on Thursday night.',
        'Councillor Dan Roy said the city would fund a violence interruption program.',
      ],
      'arrest our way out',
      'Ramona Ellison',
    ],
    [
      'a lede quotation and "That is X, 71, on…"',
      [
        '“Every night I die in the third act, and every night some kid in the balcony gasps.”',
        'That is Tomás Ibarra, 71, on the pleasures of playing King Lear for the first time.',
        'Director Naomi Feld cast him after seeing him in a revival.',
      ],
      'some kid in the balcony',
      'Tomás Ibarra',
    ],
    [
      'an office by its initials ("the IGP")',
      [
        'KUALA LUMPUR: Police will deploy 2,400 personnel on highways during the holiday, says Inspector-General of Police Khairul Anuar Ismail.',
        'Transport Minister Loh Seng Kok said buses would be checked.',
        '“Most of them were not speeding on highways,” the IGP told a press conference.',
      ],
      'not speeding on highways',
      'Khairul Anuar Ismail',
    ],
    [
      'letters after a name set off before the verb ("X, SAN, argued")',
      [
        'A court in Abuja fixed May 14 for ruling on the application.',
        'Moving the application, his counsel, Chief Adewale Okonjo, SAN, argued that the charges had been filed before.',
        '“My Lord, the prosecution cannot keep a man on trial in two courts,” the senior advocate submitted.',
      ],
      'two courts',
      'Adewale Okonjo',
    ],
    [
      'an age given as "a 21-year-old from…"',
      [
        'Goaltender Mathieu Roussel made 41 saves for his first shutout.',
        'Roussel, a 21-year-old from Quebec City, was called up when starter Antoine Leroy was hurt.',
        '“I was not even supposed to dress tonight,” the 21-year-old said.',
      ],
      'supposed to dress',
      'Mathieu Roussel',
    ],
    [
      'the teenager by an age spelled out before the name',
      [
        'MELBOURNE — Seventeen-year-old Czech qualifier Tereza Nováková stunned the third seed on Thursday.',
        'Jessica Harlow, the US Open finalist two years ago, had served for the match.',
        '“My coach told me to bring enough clothes for one week,” said the teenager.',
      ],
      'enough clothes',
      'Tereza Nováková',
    ],
    [
      'a deputy public prosecutor’s title',
      [
        'A former property agent was jailed for five years on Monday.',
        'Deputy Public Prosecutor Sheryl Tan had sought at least six years.',
        '“He took the flat they were going to get married in,” she told the court.',
      ],
      'get married in',
      'Sheryl Tan',
    ],
  ]);

  itDoesNotName('does not name: %s', [
    [
      '"the Republican" with no party tag is no one called Republican',
      [
        'The Republicans won the House on Tuesday.',
        'Mayor Tom Reed said it was a surprise.',
        '“It is a disgrace,” the Republican said.',
      ],
      'a disgrace',
      'Republican',
    ],
    [
      'a place’s initials before an office are no office ("NB")',
      ['New Brunswick Premier Susan Holt spoke on Monday.', '“We will act,” NB said.'],
      'We will act',
      'Susan Holt',
    ],
    [
      'a building is no group',
      [
        'A group of activists marched separately from the parade this year.',
        'For the first time, attendees had to pass through security checkpoints to get into the Civic Center.',
        '“Celebrating this year meant choosing between the threat and the parade,” the group said.',
      ],
      'choosing between',
      'Civic Center',
    ],
    [
      'a son’s age is not his father’s ("the 17-year-old son of")',
      [
        'The 17-year-old son of Tom Reed was hurt in the crash.',
        '“It was scary,” the teenager said.',
      ],
      'It was scary',
      'Tom Reed',
    ],
  ]);
});

describe('extractQuotes: the twenty-third round’s role nouns', () => {
  itNames('%s', [
    [
      'a physician by "Dr" and a qualifier the description gives',
      [
        'SYDNEY — Patients waited an average of seven hours for a bed in the March quarter.',
        'Health Minister Daniel Kovac says 45 beds are funded.',
        'Dr Suresh Pillay, the hospital’s director of emergency medicine, says staff treat patients in corridors.',
        '“We are running a hospital built for 2005,” the emergency physician says.',
      ],
      'built for 2005',
      'Suresh Pillay',
    ],
    [
      'a referee as "the official"',
      [
        'Championship referee Martin Ashdown has admitted he should have awarded a penalty.',
        'Harlow manager Paul Ferris said the decision had cost his side a point.',
        'Speaking after watching replays, the official said: “Having seen it back, it’s a penalty.”',
      ],
      'it’s a penalty',
      'Martin Ashdown',
    ],
    [
      'a body, not a person a role noun opens the name of ("Member Kang Min-seo")',
      [
        'SEOUL — The group will go on hiatus, its management agency said on Monday.',
        'In a statement, Brightway Entertainment said the members would pursue solo projects.',
        'Member Kang Min-seo is set to release a solo album in March.',
        '“We ask fans to respect the members’ decision,” the agency said.',
      ],
      'respect the members',
      'Brightway Entertainment',
    ],
  ]);

  it('gives "the novelist" no place whose sentence goes on to another’s novel', () => {
    expect(
      speakerOf(
        'a lot of rejections',
        'JAIPUR — People sat in the aisles of the Front Lawn on Friday for Keerthana Rao, whose debut novel has sold 200,000 copies.',
        'She was in conversation with the journalist Arvind Chaturvedi.',
        '“Twenty-six rejections is a lot of rejections,” the novelist says.',
      ) ?? null,
    ).not.toBe('Front Lawn');
  });
});

describe('extractQuotes: where the twenty-third round’s rules must not reach (a review’s misfires)', () => {
  itDoesNotName('does not name: %s', [
    [
      'a council is no "group"',
      [
        'A residents’ group calling itself Keep Our Library Open is fighting the closure of a branch.',
        'Halifax Regional Council will vote on the closure next week.',
        '“This library is the only warm place some people have,” the group said in a letter to councillors.',
      ],
      'only warm place',
      'Halifax Regional Council',
    ],
    [
      'a deputy’s title is not the office ("Deputy Chief Minister")',
      [
        'Chief Minister Revanth Reddy opened the flyover on Monday.',
        'Deputy Chief Minister Mallu Vikramarka said the project cost ₹600 crore.',
        '“This is for the people of Hyderabad,” the CM said.',
      ],
      'people of Hyderabad',
      'Mallu Vikramarka',
    ],
    [
      '"With that" after a paragraph that named the speaker, not the lede',
      [
        'The council met on Tuesday to debate the downtown plan.',
        'Mayor Jane Whitford ended her address with a warning.',
        '“If we do nothing, we will lose the heart of this city.”',
        'With that, council Speaker Tom Li opened the floor to questions.',
      ],
      'heart of this city',
      'Tom Li',
    ],
    [
      'an age with a verb between it and a name ("16-year-old punched teacher X")',
      [
        'Police said the 16-year-old punched teacher Mark Doyle during a lesson.',
        '“I was scared,” the teenager later told a youth court judge.',
      ],
      'I was scared',
      'Mark Doyle',
    ],
    [
      'a teen the article names when it describes another it does not',
      [
        'A 19-year-old man has died after an assault in Cork. Gardaí named him as Cian Murphy, 19.',
        'A teenage witness, who did not want to be named, said the attack lasted seconds.',
        '“It happened so fast,” the teenager said.',
      ],
      'so fast',
      'Cian Murphy',
    ],
    [
      'a noun nobody is by ("The defence’s argument")',
      [
        'Defence lawyer Greg Brodsky said his client acted in self-defence.',
        'The defence’s argument was simple: “He was attacked and he fought back.”',
      ],
      'fought back',
      'Defence',
    ],
  ]);

  itNames('%s', [
    [
      'a pair, then a group that only acts ("Neighbours rushed to help")',
      [
        'John and Mary Kowalczyk lost everything when fire tore through their Sudbury home. Neighbours rushed to help.',
        '“We have nothing left but the clothes on our backs,” they said.',
      ],
      'clothes on our backs',
      'John Kowalczyk and Mary Kowalczyk',
    ],
    [
      'a woman’s "she" after an unnamed source who is "he"',
      [
        'Finance Minister Anita Ross will table the budget on Tuesday.',
        'A senior government official, who asked not to be named because he was not authorized to speak, said the deficit would be lower.',
        '“We have been clear about our fiscal anchors,” she told reporters.',
      ],
      'fiscal anchors',
      'Anita Ross',
    ],
    [
      'a body with an age ("a 102-year-old retailer")',
      [
        'Canadian Tire, a 102-year-old retailer, is closing 16 stores.',
        '“These were difficult decisions,” the company said.',
      ],
      'difficult decisions',
      'Canadian Tire',
    ],
  ]);
});

describe('extractQuotes: a twenty-fourth session’s rules (the style set’s tuning half, probes 25–26)', () => {
  itNames('%s', [
    [
      'a place before an office the article gave one person ("the Toronto MP")',
      [
        'Liberal MP Nathaniel Erskine-Smith broke ranks with his party on the vote.',
        '“I could not support it in good conscience,” the Toronto MP said.',
      ],
      'good conscience',
      'Nathaniel Erskine-Smith',
    ],
    [
      'the person an opening "When…" clause names, for a "he" two paragraphs on',
      [
        'When Daniel Okafor opened the shop in 2009, the street had no other business.',
        'Today it has six.',
        '“We were the first,” he says.',
      ],
      'We were the first',
      'Daniel Okafor',
    ],
    [
      'an interview’s bare answer after a question naming someone else: who answered before',
      [
        'When Mehmet Shaw took over the Northern Philharmonic, it had just lost its conductor, Annika Sorlie.',
        'What was your first week like?',
        '“Honestly? I read spreadsheets at two in the morning,” he says.',
        'Did you try to persuade Sorlie to stay?',
        '“Of course. But you don’t keep an artist in a cage.”',
      ],
      'artist in a cage',
      'Mehmet Shaw',
    ],
    [
      'a "he" for the husband the article named by a given name alone ("her husband, Derek,")',
      [
        'Maya Thompson and her husband, Derek, opened the bakery in 2015.',
        '“We had no idea what we were doing,” she says.',
        'He laughs at that. “It was more like two hundred,” he says.',
      ],
      'two hundred',
      'Derek',
    ],
    [
      'three names at a sentence\'s opening, the first a word too ("Grace"), the second a given name',
      [
        'The clinic in Tamale opened in May.',
        'Grace Ama Mensah, a nurse there, said the ward filled within a week.',
        '“We were not ready for so many mothers,” she said.',
      ],
      'not ready for so many',
      'Grace Ama Mensah',
    ],
    [
      '"the company" for the firm the article has doing things, not the one it bought from',
      [
        'About 160 workers at a fish processing plant in Yarmouth learned Friday that it will close.',
        'Bluewater Seafoods Ltd., which bought the plant from Comeau Fisheries in 2017, cited the collapse of the herring quota.',
        '“This was an extremely difficult decision,” the company said in a statement.',
      ],
      'extremely difficult decision',
      'Bluewater Seafoods Ltd.',
    ],
    [
      '"the department" for the federal department that acts, not a union named nearer',
      [
        'Fisheries and Oceans Canada (DFO) is keeping the mackerel fishery closed for a third year.',
        'The decision drew criticism from the Fish, Food and Allied Workers union, whose president called it unfair.',
        '“The stock remains in the critical zone,” the department said Thursday.',
      ],
      'remains in the critical zone',
      'Fisheries and Oceans Canada',
    ],
    [
      '"the utility" for the Crown corporation that announced, not the party of a critic',
      [
        'Electricity rates in Saskatchewan will rise four per cent on April 1, SaskPower announced Tuesday.',
        'NDP critic Amrit Gill called the hike unfair.',
        '“Our rates will remain in the middle of the pack,” the utility said in a statement.',
      ],
      'middle of the pack',
      'SaskPower',
    ],
    [
      '"the charity" for the hospice the article has doing things, not its town',
      [
        'Brambleside Children’s Hospice in Chorley cares for around 180 children.',
        'Its chief executive, Oyelola Martins-Cartwright, said energy bills had doubled.',
        'In a statement, the charity said: “We will be forced to make decisions no hospice should make.”',
      ],
      'forced to make decisions',
      'Brambleside Children’s Hospice',
    ],
    [
      '"the organisation" for the firm that spoke, not a man named in full paragraphs before',
      [
        'Dario Marsh tried a second time on Thursday to auction the painting.',
        'The first auction house had refused the listing.',
        'The painting has hung in a bank vault since 2019.',
        'Its value is disputed by two appraisers.',
        'A court cleared the sale in March.',
        'The listing drew 40,000 views in an hour.',
        'Bidding was to start at $5,000.',
        'Similar paintings sell for far less.',
        'Marsh, who lives in Tampa, told a local paper the first site was not ready for the traffic.',
        'Harbour Street Auctions said in a statement Thursday night they pulled Marsh’s listing from the site because the sale is not in the organisation’s best interest.',
        '“Our association with Mr. Marsh does not serve our clients,” the organisation wrote.',
      ],
      'does not serve our clients',
      'Harbour Street Auctions',
    ],
    [
      '"the company" for the firm whose mill its workers left, not their union',
      [
        'About 280 workers at Norcrest Mining Ltd.’s nickel mill near Sudbury walked off the job on Saturday.',
        'United Steelworkers Local 2171 president Kofi Asante-Boateng said members voted against the deal.',
        'The company said the offer included wage increases. “The pension plan remains in place for every current employee,” it said.',
      ],
      'remains in place for every current employee',
      'Norcrest Mining Ltd.',
    ],
    [
      '"the company" for the firm that spoke, not a word opening a passive sentence',
      [
        'NorthernLink Communications said the line was damaged by a contractor. Service was restored to most customers by 9 p.m.',
        '“Customers will see a credit on their next bill,” the company said.',
      ],
      'credit on their next bill',
      'NorthernLink Communications',
    ],
    [
      '"the detachment" for the RCMP',
      [
        'Kamloops RCMP are searching for the driver of a grey Honda Civic that struck a cyclist early Sunday.',
        '“The vehicle has been seized for examination,” the detachment said in a news release.',
      ],
      'seized for examination',
      'Kamloops RCMP',
    ],
    [
      '"the police service" for the force that spoke, not another named by its lab',
      [
        'A man faces weapons charges after a traffic stop in Dartmouth, Halifax Regional Police said.',
        'The RCMP’s firearms lab will examine the weapon.',
        '“This is the third loaded firearm seized since August,” the police service said.',
      ],
      'third loaded firearm',
      'Halifax Regional Police',
    ],
    [
      '"the company" for the firm, not the town it has a plant in',
      [
        'Maple Crest Foods Inc. says it will close its bakery plant in Brantford, Ont.',
        '“This was a difficult decision,” the company said.',
      ],
      'difficult decision',
      'Maple Crest Foods Inc.',
    ],
    [
      '"it said" after a company said so in a news release',
      [
        'TORONTO — Maple Crest Foods Inc. says it will close its bakery plant in Brantford, Ont.',
        'The Mississauga-based company said in a news release Thursday that the plant had become too costly.',
        '“This was a difficult decision,” it said.',
      ],
      'difficult decision',
      'Maple Crest Foods Inc.',
    ],
    [
      '"it said" after a board was reported saying something',
      [
        'The Calgary Board of Education says it will add portable classrooms this fall.',
        'Parent council chair Mark Abernathy said the portables were a Band-Aid.',
        '“We have kids eating lunch in hallways,” he said.',
        'The board said it had asked the province for 12 new schools.',
        '“We continue to advocate for new school construction,” it said.',
      ],
      'advocate for new school',
      'Calgary Board of Education',
    ],
    [
      'an age for the man rescued, not the cape he was rescued off',
      [
        'A Darwin fisherman who spent 19 hours clinging to an esky says he never gave up hope.',
        'Liam Cosgrove was rescued about 40 nautical miles off Cape Hotham on Tuesday morning.',
        '“I kept thinking about my daughters,” the 39-year-old told ABC Radio Darwin.',
      ],
      'my daughters',
      'Liam Cosgrove',
    ],
    [
      'a body the article writes after "outside" before a noun ("outside BBC buildings")',
      [
        'Protesters gathered outside BBC buildings in Manchester.',
        '“We respect the right to protest,” the BBC said.',
      ],
      'right to protest',
      'BBC',
    ],
    [
      '"the Olympian" for a "Two-time Olympian", without the noun in the name',
      [
        'CALGARY — Two-time Olympian Mireille Fontaine-Kiwenzie says she will retire at the end of the season.',
        '“I gave this sport everything,” the Olympian said in a statement.',
      ],
      'this sport everything',
      'Mireille Fontaine-Kiwenzie',
    ],
    [
      'an office named "of" something keeps its noun ("the Archivist of the United States")',
      [
        'In March 2006, it was revealed by the Archivist of the United States in a public hearing that agencies had agreed to “reclassify” certain documents.',
      ],
      'reclassify',
      'Archivist of the United States',
    ],
    [
      'a pair named after "When" opening the sentence, without it',
      [
        'When Jordan Ellis and Caitlin Moore started lobbying for a skatepark, they were both 15.',
        'The park opened on Saturday.',
        '“It took six years,” they said.',
      ],
      'six years',
      'Jordan Ellis and Caitlin Moore',
    ],
    [
      '"they" for the one of a pair who uses they/them and just spoke',
      [
        'When Jordan Ellis and Caitlin Moore started lobbying for a skatepark, they were both 15.',
        'Moore said she had flown home specially. “I did not want to miss it,” she said.',
        'Ellis, who uses they/them pronouns, said they had almost given up. “I just wanted somewhere to skate,” they said.',
      ],
      'somewhere to skate',
      'Jordan Ellis',
    ],
    [
      '"they" after a woman, for the person named before who uses they/them',
      [
        'Sam Rivera-Cho started a support group for queer teens in Lethbridge.',
        'Rivera-Cho, who uses they/them pronouns, runs the group with the help of counsellor Megan Tallow.',
        'Tallow, a social worker, says she has seen many teens come through the door.',
        '“For a lot of these kids, this is the only room,” they said.',
      ],
      'the only room',
      'Sam Rivera-Cho',
    ],
    [
      '"the City of Winnipeg" as a body by its full name',
      [
        'Residents in St. Vital say they were caught off guard.',
        '“Snow route parking bans are essential,” the City of Winnipeg said.',
      ],
      'parking bans are essential',
      'City of Winnipeg',
    ],
    [
      '"the prosecutor" for an assistant Crown attorney',
      [
        'Nolan Perrault, 52, was found guilty in December of 38 counts of fraud.',
        'Assistant Crown attorney Rebecca Lindqvist told Justice Samuel Adeyemi that Perrault showed no remorse.',
        '“He took everything they had,” the prosecutor said.',
      ],
      'everything they had',
      'Rebecca Lindqvist',
    ],
    [
      '"the First Nation" for the nation named, not the lede\'s place',
      [
        'A northwestern Ontario First Nation says it will not allow a mining company onto its territory.',
        'Wolf Lake Anishinaabe Nation issued the statement Thursday.',
        '“Our nation was informed, not consulted,” the First Nation said in the statement.',
      ],
      'informed, not consulted',
      'Wolf Lake Anishinaabe Nation',
    ],
    [
      'the name set off after an office "of" or "for" something ("The Minister of State for Nature, X,")',
      [
        'The Minister of State for Nature, Áine Brosnan, has visited the rewilding project at Cloncrow Bog.',
        'She spent two hours on site with project manager Shane Dolan.',
        'Her verdict: “This is the best-run restoration project I have seen.”',
      ],
      'best-run restoration',
      'Áine Brosnan',
    ],
    [
      'a noun someone no list knows was set off with, before a relative clause ("a kaumātua who…")',
      [
        'Hemi Walker, a kaumātua who has lived beside the river all his life, said the decision was made over their heads.',
        '“That river fed our people,” the kaumātua told Morning Report.',
      ],
      'fed our people',
      'Hemi Walker',
    ],
    [
      '"the regulator" for an "Office for" something',
      [
        'Severnside Water has been fined £14m after the Office for Water Standards found it had failed to report spills.',
        '“Customers have been let down,” the regulator said in its final decision.',
      ],
      'let down',
      'Office for Water Standards',
    ],
    [
      '"the academic" for a professor',
      [
        'Prof Siobhán Ní Bhriain, a demographer at University College Cork, said housing costs were a major factor.',
        '“People are simply not having the children they want,” the academic said.',
      ],
      'children they want',
      'Siobhán Ní Bhriain',
    ],
    [
      '"the department" by the name its acronym was spelled out with',
      [
        'Immigration, Refugees and Citizenship Canada (IRCC) says it is working through a backlog.',
        'Sukhdeep Gill, an immigration consultant, said some clients have waited 14 months.',
        'In an emailed statement, IRCC said it had hired 1,200 new staff.',
        '“We recognize that wait times remain too long,” the department said.',
      ],
      'wait times remain',
      'Immigration, Refugees and Citizenship Canada',
    ],
    [
      'a spokesperson for a department whose name holds commas, after an opening phrase',
      [
        'Applicants say they have been left in limbo.',
        'In a statement, a spokesperson for Immigration, Refugees and Citizenship Canada said the department is “working to reduce processing times” and has hired staff.',
      ],
      'reduce processing times',
      'Immigration, Refugees and Citizenship Canada spokesperson',
    ],
    [
      'an answer after "Asked …:" is the answer of who just spoke',
      [
        'Peter Ruddick, 54, was asked whether he had thought twice before jumping into the water.',
        '“No. I did not think at all,” he said. Asked if he would do it again: “Yes, and I would do it again tomorrow.”',
      ],
      'do it again tomorrow',
      'Peter Ruddick',
    ],
    [
      'a lede\'s "says the woman who…" for the woman the next paragraph names',
      [
        '“It felt like the ground was moving under our feet,” says the woman who was first on the scene when part of the cliff gave way at Runswick Bay.',
        'Margaret Thorne, 67, had been walking her dog along the beach when she heard a groan.',
        'North Yorkshire Council said the beach would stay closed.',
      ],
      'ground was moving',
      'Margaret Thorne',
    ],
    [
      'an office a lede opens on, for whom the next paragraph names after a short clause',
      [
        'The Tánaiste has said the Government will not be rushed into a decision on the hospital board.',
        'Speaking in Cork this afternoon, Eoghan Mac Cárthaigh said he had full confidence in the Minister for Health, Deirdre Quish.',
        '“I have spoken to Deirdre twice this week,” the Tánaiste said.',
      ],
      'twice this week',
      'Eoghan Mac Cárthaigh',
    ],
    [
      '"the company" for the firm the article reports speaking, not a town named after it',
      [
        'A Quebec-based dairy processor says it will close two plants in Ontario next year.',
        'Laiterie Beaumont Inc. said in an e-mailed statement Monday that the closures in Peterborough and Stratford were part of a restructuring. “This was a difficult decision,” the company said.',
      ],
      'difficult decision',
      'Laiterie Beaumont Inc.',
    ],
    [
      '"the company" for the firm, not the place a lede puts it on ("on Newfoundland’s Northern Peninsula says")',
      [
        'ST. JOHN’S, N.L. — A seafood processor on Newfoundland’s Northern Peninsula says it will not open its crab plant this season.',
        'In a statement Tuesday, Maritime Shellfish Processors Ltd. blamed low market prices.',
        '“This decision was not made lightly,” the company said.',
      ],
      'not made lightly',
      'Maritime Shellfish Processors Ltd.',
    ],
    [
      '"the health authority" for a health body ("Alberta Health Services")',
      [
        'Alberta Health Services is warning of a possible measles exposure.',
        'In a news release issued Monday, AHS said anyone in the waiting room should check their records.',
        '“Measles is highly contagious,” the health authority said.',
      ],
      'highly contagious',
      'Alberta Health Services',
    ],
    [
      '"the Grade 12 student" for the one person named after "Grade 12"',
      [
        'Grade 12 guard Maya Boudreau led the Trojans with 27 points.',
        '“This one meant a lot,” said the Grade 12 student.',
      ],
      'meant a lot',
      'Maya Boudreau',
    ],
    [
      'a body whose name holds an office\'s word ("Canadian Premier Basketball League")',
      [
        'The Canadian Premier Basketball League says it will add two expansion teams in 2027.',
        '“Demand has never been stronger,” the league said in a statement.',
      ],
      'never been stronger',
      'Canadian Premier Basketball League',
    ],
    [
      'a quotation opening the article, for whom the next paragraph opens on',
      [
        '“I have never seen anything like it in 30 years of farming.”',
        'Ron Dueck is standing in a field of canola near Steinbach, Man., that should be waist-high by now.',
        'The province says it will announce support measures next week.',
      ],
      'never seen anything like it',
      'Ron Dueck',
    ],
    [
      'a two-word office a lede opens on, for whom the next paragraph opens on',
      [
        'The executive director of Fredericton’s largest homeless shelter says it turned away 31 people last month.',
        'Jolene Arsenault has run the Riverside Hope Shelter for seven years.',
        'The shelter has 45 beds.',
        '“No one should have to make that choice,” the executive director said.',
      ],
      'make that choice',
      'Jolene Arsenault',
    ],
    [
      '"So said" an office\'s title and its holder set off ("Ontario’s Minister of …, Teresa Mancini,")',
      [
        '“We cannot keep asking young people to wait a decade for a home they can afford.”',
        'So said Ontario’s Minister of Municipal Affairs and Housing, Teresa Mancini, as she unveiled a plan on Monday.',
      ],
      'wait a decade',
      'Teresa Mancini',
    ],
    [
      '"the defence" for a defence lawyer',
      [
        'Defence lawyer Paul Nakamura argued there was no evidence his client, Brent Sorensen, knew the investments were not real.',
        '“My client was a salesman who believed in the product,” the defence told the court.',
      ],
      'believed in the product',
      'Paul Nakamura',
    ],
    [
      '"the First Nation" for one named "… First Nation"',
      [
        'Attawapiskat First Nation has declared a state of emergency.',
        '“We need help now,” the First Nation said.',
      ],
      'need help now',
      'Attawapiskat First Nation',
    ],
  ]);

  itDoesNotName('does not name: %s', [
    [
      'an office holder the article placed elsewhere ("Sen. Ana Ruiz of Idaho", "the Vermont senator")',
      [
        'Sen. Ana Ruiz of Idaho backed the bill on Tuesday.',
        '“It is a good bill,” the Vermont senator said.',
      ],
      'good bill',
      'Ana Ruiz',
    ],
    [
      'a party before the office, not a place ("the Tory MP" after a Liberal MP)',
      [
        'Liberal MP Nathaniel Erskine-Smith broke ranks with his party on the vote.',
        '“I could not support it,” the Tory MP said.',
      ],
      'could not support it',
      'Nathaniel Erskine-Smith',
    ],
    [
      'the Home Office as "the regulator"',
      [
        'The Home Office said the visa rules would change in April.',
        '“This is a fair system,” the regulator said.',
      ],
      'fair system',
      'Home Office',
    ],
    [
      'a quotation opening the article, before someone who heard it said',
      [
        '“We are not leaving.”',
        'Martha Reyes heard her neighbour say it every morning for a year.',
        'The town council voted on Tuesday.',
      ],
      'not leaving',
      'Martha Reyes',
    ],
    [
      '"the defence" for a defence minister',
      [
        'Defence Minister Bill Blair said the purchase was approved.',
        '“We need these planes,” the defence said.',
      ],
      'these planes',
      'Bill Blair',
    ],

    [
      'the "When…" clause’s name over the main clause’s',
      [
        'When Mark Tully arrived, David Shah was already speaking to the crowd.',
        'The hall was full.',
        '“We had waited for hours,” he said.',
      ],
      'waited for hours',
      'Mark Tully',
    ],
    [
      'a body further back than the sentence before "it wrote"',
      [
        'The Bush Administration withheld funding from the agency, the Washington Post said.',
        'A three-person fact-finding team was sent on a two-week tour of China.',
        'It wrote in a report that it found “no evidence of coercion” in the program.',
      ],
      'no evidence of coercion',
      'Washington Post',
    ],
    [
      'a passive\'s "it" ("it was announced")',
      [
        'The Arena Football League said it had taken over the Portland franchise.',
        'On Feb. 3, it was announced that the team would no longer be called the “Thunder” as the name belonged to its owners.',
      ],
      'Thunder',
      'Arena Football League',
    ],
    [
      'a town the article writes with its province ("A Kelowna, B.C., winery owner")',
      [
        'A Kelowna, B.C., winery owner says the grape harvest is a total loss.',
        '“I walked the rows in February and I knew,” says Marco Bellini.',
        '“These vines were older than my kids,” the winery owner says.',
      ],
      'older than my kids',
      'Kelowna',
    ],
    [
      "a town people marched through, for a banner's words",
      [
        'Hundreds of people marched through Castlebar on Saturday under banners reading “Fix Our Roads”, calling for funding.',
      ],
      'Fix Our Roads',
      'Castlebar',
    ],
  ]);
});

describe('extractQuotes: a local government by its name', () => {
  it.each([
    ['“Snow route bans are essential,” the City of Winnipeg said.', 'City of Winnipeg'],
    [
      '“The road will reopen Friday,” said the Regional Municipality of Durham.',
      'Regional Municipality of Durham',
    ],
  ])('%s', (text, name) => {
    const found = extractQuotes(article(text))[0];
    expect(found?.speaker).toBe(name);
    expect(found?.speakerType).toBe('organisation');
  });
});

describe('extractQuotes: "she" after someone the article describes and never names', () => {
  itDoesNotName('not the woman named before: %s', [
    [
      'an unnamed victim after a named officer',
      [
        'Det. Sgt. Kimberly Nash said 11 seniors have lost a combined $140,000.',
        'One victim, an 84-year-old Whitby woman, told police the caller sounded like her grandson.',
        '“How could I say no?” she told CTV News.',
      ],
      'How could I say no',
      'Kimberly Nash',
    ],
    [
      'a spokeswoman for a body the article never named',
      [
        'Mayor Jane Reed said the plan was sound.',
        'A spokeswoman for the city said the work would start in May.',
        '“We are on schedule,” she said.',
      ],
      'on schedule',
      'Jane Reed',
    ],
  ]);

  itNames('still the person named: %s', [
    [
      'a reporter who asked someone named',
      [
        'Bernie Sanders spent the morning shaking hands.',
        'A reporter asked Sanders how he was feeling. He replied: “The bigger the turnout, the better I feel.”',
      ],
      'better I feel',
      'Bernie Sanders',
    ],
    [
      'a description of no person ("One of the claims")',
      [
        'One of the central claims of President Barack Obama’s speech does not stand up to scrutiny.',
        'He told his audience:',
        '“Nobody is more qualified than Hillary Clinton.”',
      ],
      'more qualified',
      'Barack Obama',
    ],
  ]);
});

describe('extractQuotes: a person set off as one is no firm', () => {
  it('nor is their surname ("the department" after "Leo Cormier, a harvester,")', () => {
    const speaker = speakerOf(
      'science is clear',
      'Fisheries and Oceans Canada says it will keep the mackerel fishery closed.',
      'Leo Cormier, a harvester from Chéticamp, N.S., said the decision will cost him.',
      '“They keep telling us the fish are not there,” Cormier said.',
      '“The science is clear,” the department said.',
    );
    expect(speaker ?? '').not.toMatch(/Cormier/);
  });
});

describe('extractQuotes: where the twenty-fourth session’s rules must not reach (review 27’s misfires)', () => {
  itNames('%s', [
    [
      'a retailer after "through" with the name ending ("sold through Brightwell and")',
      [
        'The recalled baby monitors were sold through Brightwell and other retailers across Canada.',
        'Brightwell said in a statement that it had pulled the product from its shelves.',
        '“We are working with the supplier to get answers,” Brightwell said.',
      ],
      'working with the supplier',
      'Brightwell',
    ],
    [
      '"Zellwood, Inc." read as a town with its state abbreviation',
      [
        'The blenders were made by Zellwood, Inc., and sold at Walmart and Target.',
        '“We are issuing this recall out of an abundance of caution,” Zellwood said in a statement.',
      ],
      'out of an abundance of caution',
      'Zellwood',
    ],
    [
      '"Kennedy, Jr." one-word name before "Jr."',
      [
        'The crowd cheered as Kennedy, Jr. took the stage in Phoenix.',
        '“I’m not going anywhere,” Kennedy said.',
      ],
      'not going anywhere',
      'Kennedy',
    ],
    [
      'tennis: "took a set off Halvorsen on Tuesday" mutes the player',
      [
        'The qualifier took a set off Halvorsen on Tuesday before losing in three.',
        '“She served better than anyone I’ve played this year,” Halvorsen said.',
      ],
      'served better',
      'Halvorsen',
    ],
    [
      '"to remain anonymous" said of donors, not the speaker; "the minister" resolves ',
      [
        'Finance Minister Aileen Dubreuil tabled the election-financing bill at Queen’s Park on Tuesday.',
        '“Transparency is not the enemy of generosity,” the minister said, defending the right of small donors to remain anonymous.',
      ],
      'Transparency is not the enemy',
      'Aileen Dubreuil',
    ],
    [
      '"declined to give his full name" of a suspect in an unrelated sentence; the pol',
      [
        'Police Chief Kathleen Roy said the man was arrested at the scene.',
        '“It’s the first time in my career I’ve seen this,” the chief said of the suspect, who declined to give his full name to officers.',
      ],
      'first time in my career',
      'Kathleen Roy',
    ],
    [
      '"A man who did not want to be identified" blocks a following "she" though the m',
      [
        'Cpl. Dana Whitford said she was the first officer to reach the bar on Portage Avenue.',
        'A man who did not want to be identified described hearing three shots.',
        '“It was chaos in there,” she said.',
      ],
      'chaos in there',
      'Dana Whitford',
    ],
    [
      '"After Hurricane Fiona tore through" — a storm read as a person',
      [
        'Mayor Brian Button said the town was still rebuilding.',
        'After Hurricane Fiona tore through the community in 2022, dozens of families left.',
        '“We lost a lot of people,” he said.',
      ],
      'lost a lot of people',
      'Brian Button',
    ],
    [
      '"When Morgan Stanley downgraded" — a bank read as a person',
      [
        'Analyst Peter Vanhoutte said the sell-off had gone too far.',
        'When Morgan Stanley downgraded the shares last week, they fell eight per cent.',
        '“The bad news is priced in,” he said.',
      ],
      'priced in',
      'Peter Vanhoutte',
    ],
    [
      'a pair whose first name is a month ("June") — the opener strip drops it',
      [
        'June Ramos and Ali Farah started the food bank in a church basement in 2020.',
        '“Now we’re feeding 400 families a week,” they said.',
      ],
      'feeding 400 families',
      'June Ramos and Ali Farah',
    ],
  ]);
});

describe('extractQuotes: where the twenty-fourth session’s rules must not reach (review 27, second round)', () => {
  itNames('%s', [
    [
      '"the Saskatchewan premier" when only Premier Lindqvist (Alberta, place not in h',
      [
        'Premier Dana Lindqvist said Alberta would not back down on the pipeline dispute.',
        'Other western premiers offered support on Thursday.',
        '“We stand with Alberta on this,” the Saskatchewan premier said in a statement.',
      ],
      'We stand with Alberta',
      null,
    ],
    [
      'probe: "Husband and wife Derek Alvarez and Maya Chen" — does "she" become Derek? (want',
      [
        'Husband and wife Derek Alvarez and Maya Chen took over the dairy farm in 2012.',
        'The farm milks 300 cows near Chilliwack.',
        '“The cows come first, always,” she said.',
      ],
      'cows come first',
      'Maya Chen',
    ],
    [
      '"Ellis told CBC News they use they/them pronouns" — CBC between',
      [
        'Jordan Ellis told CBC News they use they/them pronouns and have been on the waitlist since 2021.',
        '“The waitlist is the hardest part,” they said.',
      ],
      'waitlist',
      'Jordan Ellis',
    ],
    [
      '"the deputy prosecutor" after both the chief and deputy are named (chief neare',
      [
        'Deputy Prosecutor Goran Pavić led the case for the state.',
        'Chief Prosecutor Mara Ilić attended the verdict but did not speak.',
        '“We will appeal the sentence,” the deputy prosecutor said.',
      ],
      'appeal the sentence',
      'Goran Pavić',
    ],
    [
      'prosecutor chosen over a former prosecutor turned defence lawyer',
      [
        'Crown prosecutor Anita Sorensen told the court the driver was texting.',
        'Defence lawyer Paul Grady, a former assistant Crown attorney, argued his client was distracted by a wasp.',
        '“This was reckless disregard for human life,” the prosecutor said.',
      ],
      'reckless disregard',
      'Anita Sorensen',
    ],
    [
      '"the First Nation" after Nishnawbe Aski Nation (a political body) was named la',
      [
        'Neskantaga First Nation has been under a boil-water advisory for nearly 30 years.',
        'Nishnawbe Aski Nation, which represents 49 First Nations in northern Ontario, called on Ottawa to act.',
        '“We have been waiting since 1995,” the First Nation said.',
      ],
      'since 1995',
      'Neskantaga First Nation',
    ],
    [
      'a second interviewee introduced mid-piece: her bare answers are hers, not the f',
      [
        'We asked both candidates for mayor the same questions. Councillor Ravi Dhillon went first.',
        'What is your first priority?',
        '“Housing. Nothing else comes close.”',
        'What would you cut?',
        '“Consultants. We spend $40 million a year on them.”',
        'Tamsin Oduya, a former school board trustee, is also running.',
        'What is your first priority?',
        '“Transit first. You cannot build housing people cannot get to.”',
      ],
      'Transit first',
      'Tamsin Oduya',
    ],
  ]);
});

describe('extractQuotes: where the twenty-fourth session’s later rules must not reach (review 28’s misfires)', () => {
  itNames('%s', [
    [
      'not: ’former’ belongs to another role (former RCMP officer) — current prosecutor refused?',
      [
        'Crown prosecutor Aisha Karim, a former RCMP officer, asked for an eight-year sentence for Dylan Roche on Thursday.',
        'Roche, 27, pleaded guilty to three counts of aggravated assault.',
        '“The victims in this case will carry this for the rest of their lives,” the prosecutor said.',
      ],
      'The victims in this case will carry this',
      'Aisha Karim',
    ],
    [
      'not: ’the assistant prosecutor’ must not now take the lead Crown (assistant ignored both s',
      [
        'Assistant Crown attorney Julie Côté and Crown attorney Ravi Menon shared the counsel table for the sentencing hearing.',
        'Menon asked for a life sentence with no parole for 20 years.',
        '“There was no remorse here, none at all,” said the assistant prosecutor.',
      ],
      'There was no remorse here, none at all',
      'Julie Côté',
    ],
    [
      'not: ’A lawyer for the woman’ gets gender f from the object noun ’woman’',
      [
        'Kelly Marsh, 38, was found not guilty on Friday of assaulting a Sobeys security guard in Dartmouth.',
        'A lawyer for the woman said outside court that the verdict was the only possible result.',
        '“I just want to go home and hug my kids,” she said, wiping away tears on the courthouse steps.',
      ],
      'I just want to go home and hug my kids',
      'Kelly Marsh',
    ],
    [
      'not: ’A statement from her coach’ — head ’coach’ role noun, she = Oleksiak',
      [
        'Olympic swimmer Penny Oleksiak has withdrawn from the national trials with a knee injury.',
        'A statement from her coach said she would need surgery within the month.',
        "“I'm heartbroken, but I'll be back,” she said in a video posted to Instagram.",
      ],
      "I'm heartbroken, but I'll be back",
      'Penny Oleksiak',
    ],
    [
      'not: Office of the Prime Minister is no watchdog',
      [
        'The Competition Bureau is investigating whether Loblaw used property controls to block rival grocers from opening nearby.',
        'The Office of the Prime Minister declined to comment.',
        '“Property controls can limit competition and raise prices,” the watchdog said in a court filing.',
      ],
      'Property controls can limit competition',
      'Competition Bureau',
    ],
    [
      'not: firm set off as ’a lumber producer’',
      [
        'Canfor, a lumber producer based in Vancouver, said Thursday it will close its sawmill in Houston, B.C.',
        'About 300 people work at the mill.',
        '“This was an extremely difficult decision,” the company said.',
      ],
      'This was an extremely difficult decision',
      'Canfor',
    ],
    [
      'not: McCain is the firm and a chair’s surname',
      [
        'FLORENCEVILLE-BRISTOL, N.B. — McCain says it will cut 90 jobs at its french fry plant here.',
        "Allison McCain, the company's chair, said the decision was painful for a family business.",
        '“Market conditions for frozen potato products have changed,” the company said.',
      ],
      'Market conditions for frozen potato products have changed',
      'McCain',
    ],
    [
      'not: P1 names a police spokeswoman, not the rescuer',
      [
        '“I could hear the kids screaming,” says the woman who pulled two children from the burning car.',
        'RCMP Cpl. Jennifer Ng said the crash on Highway 16 happened just after 5 p.m.',
        'The woman, who asked not to be named, said she used a fire extinguisher from her truck.',
      ],
      'I could hear the kids screaming',
      null,
    ],
    [
      'not: opposition leader opens P1 after ’In response,’',
      [
        'The premier says Nova Scotia will not raise the HST.',
        'In response, Claudia Chender said the NDP would cut it by two points.',
        'Tim Houston made the comments at a Progressive Conservative fundraiser in Truro.',
        '“We will not balance the budget on the backs of families,” the premier said.',
      ],
      'We will not balance the budget on the backs of families',
      'Tim Houston',
    ],
    [
      'not: a rival that ’said’ should not beat the subject firm named nearer',
      [
        'Olymel said Tuesday it would offer jobs to workers at a rival chicken plant in Brampton.',
        'Maple Lodge Farms will close that plant in June, eliminating 600 jobs.',
        '“We thank our employees for decades of dedication,” the company said in a notice posted at the plant.',
      ],
      'We thank our employees for decades of dedication',
      'Maple Lodge Farms',
    ],
    [
      'not: the union reported speaking must not be ’the company’',
      [
        'Workers at the Sobeys warehouse in Vaughan walked off the job Friday.',
        'Unifor said 800 members were on strike.',
        'Sobeys has hired replacement workers, according to the union.',
        '“We remain committed to reaching a fair deal,” the company said.',
      ],
      'We remain committed to reaching a fair deal',
      'Sobeys',
    ],
    [
      'not: unknown given name, surname an org word (Post)',
      [
        'Mayor Nadeem Post said the town would appeal the ruling.',
        '“We will take this as far as we have to,” said Mayor Nadeem Post.',
      ],
      'We will take this as far as we have to',
      'Nadeem Post',
    ],
  ]);
});

describe('extractQuotes: probe round 29 (Canadian courts, police, health)', () => {
  itNames('%s', [
    [
      'an interview laid out as questions and answers, with no labels',
      [
        'Heat warnings are in effect across much of southern Ontario this week. CBC Hamilton spoke with Kyle Van Boxmeer, a superintendent with Hamilton Paramedic Service, about what to watch for. This interview has been edited for length and clarity.',
        'Who are you most worried about during a heat wave?',
        'Older adults living alone, people with chronic illnesses, and people experiencing homelessness. Those are the calls we see go up first.',
        'What are the signs someone needs help?',
        'Confusion, not sweating even though they’re hot, a really fast heart rate. If someone is confused in the heat, that’s a 911 call. Don’t wait.',
      ],
      'that’s a 911 call',
      'Kyle Van Boxmeer',
    ],
    [
      'an age the article gave someone unnamed finds no one named (nor whom they told)',
      [
        'Randall Kowalchuk, 61, was found guilty in January on two counts of sexual assault.',
        'One of the victims, now 39, addressed the court Tuesday. His name is protected by a publication ban.',
        '“For 25 years I thought it was my fault,” the 39-year-old told Court of King’s Bench Justice Harinder Bassi.',
      ],
      'For 25 years I thought it was my fault',
      null,
    ],
    [
      'a unit is a body, whose initials find it (SIU)',
      [
        'The Special Investigations Unit said officers were called to a residence near Barton Street East.',
        '“An interaction ensued, during which the man was shot with a conducted energy weapon,” the SIU said in a news release Sunday.',
      ],
      'An interaction ensued',
      'Special Investigations Unit',
    ],
    [
      'a place’s police, by the service the article named',
      [
        'MISSISSAUGA, Ont. — Peel Regional Police say they have recovered 93 stolen vehicles.',
        'Fourteen people face a total of 210 charges.',
        '“These vehicles were stolen from driveways across the Greater Toronto Area,” Peel police said in a release Wednesday.',
      ],
      'These vehicles were stolen from driveways',
      'Peel Regional Police',
    ],
    [
      'an acronym whose body the paragraph before names in full',
      [
        'The Canadian Union of Public Employees surveyed 1,100 members at the hospital’s three campuses.',
        '“Hospital workers are being punched, kicked and threatened with weapons,” CUPE said in a news release.',
      ],
      'Hospital workers are being punched',
      'Canadian Union of Public Employees',
    ],
    [
      'a bare quotation after a body reported speaking by its noun',
      [
        'The Sioux Narrows Volunteer Fire Department is asking cottagers to hold off on burning brush.',
        'In a Facebook post on Monday, the department said crews were called to three brush piles.',
        '“We are a small volunteer department. Please, wait for the rain.”',
      ],
      'We are a small volunteer department',
      'Sioux Narrows Volunteer Fire Department',
    ],
  ]);
});

describe('extractQuotes: probe round 30 (Canadian arts, sport, features, Quebec)', () => {
  itNames('%s', [
    [
      'a Q&A’s labels, for a composer whose given name ends like a nationality’s',
      [
        'Composer Anneliese Friesen’s opera Crest premieres at Manitoba Opera this month. She spoke to The Walrus from her studio in Winnipeg.',
        'The Walrus: When did you realize you wanted to be a composer?',
        'Anneliese Friesen: I don’t think I ever realized it. I just never stopped.',
        'The Walrus: Your new opera is about the 1950 Red River flood. Why that?',
        'Friesen: My grandparents lost everything in it.',
      ],
      'My grandparents lost everything in it',
      'Anneliese Friesen',
    ],
    [
      'an office a sentence opens on with “As”, set off before the name',
      [
        'For nearly three decades, Evelyn Stroud was one of the most powerful people in Ottawa.',
        'As deputy minister of finance under two prime ministers, Ms. Stroud shaped budgets.',
        'Now 71, she has written a memoir, and it is not gentle.',
        '“Some people are going to be very unhappy with me,” the former deputy minister says.',
      ],
      'Some people are going to be very unhappy with me',
      'Evelyn Stroud',
    ],
    [
      'a person’s town the article writes nowhere before does not rule out whom it describes',
      [
        'Stacey Ngata was on her third load of laundry of the day when she decided something had to change.',
        '“I looked at the pile and thought, why am I the only person in this house who knows where the detergent is?” the Regina mother of three says.',
      ],
      'why am I the only person in this house',
      'Stacey Ngata',
    ],
    [
      'someone named as one of those a plural noun names (“hunters like X”) is one',
      [
        'IQALUIT — The sea ice came late to Frobisher Bay again this year, and for hunters like Jaypeetee Akavak, that means weeks without seal meat.',
        '“In my father’s time, we were on the ice by the end of October,” the 58-year-old hunter said.',
      ],
      'In my father’s time',
      'Jaypeetee Akavak',
    ],
    [
      'another source who asked not to be named is whom her “she” means',
      [
        'Rachel Odhiambo, who has been an ER nurse here for 14 years, moves between them. She has, she says, stopped counting.',
        '“There’s no such thing as a bad night anymore,” she says.',
        'Another nurse, who asked not to be named because she was not authorized to speak to the media, put it more bluntly. “We’re not okay,” she said.',
      ],
      'We’re not okay',
      null,
    ],
    [
      'a letter its writer is quoted from is theirs for a later “the letter reads”',
      [
        'Neptune Harbourfront Players will shut down at the end of the season.',
        'In a letter to subscribers sent Tuesday, board chair Heather Colquhoun wrote that the decision was made “with enormous sadness.”',
        '“We have been operating at a deficit for four consecutive years,” the letter reads.',
      ],
      'We have been operating at a deficit',
      'Heather Colquhoun',
    ],
    [
      'a statement its sender is quoted from is theirs for a later “the statement said”',
      [
        'Prince Albert police identified the woman Tuesday as 24-year-old Kendra Nanaquewetung.',
        'In a statement released through police, her father, Howard Nanaquewetung, said she “lit up every room she walked into.”',
        '“Kendra was a mother, a daughter, a sister and an auntie,” the statement said.',
      ],
      'Kendra was a mother',
      'Howard Nanaquewetung',
    ],
    [
      'a surname that is also a publication’s name (Hill) is a person’s after a given name',
      [
        'David Nakamura-Hill, whose memoir was a bestseller, and Ruth Anne Szabo, a poet from Lethbridge, were paired for a session.',
        '“Everyone thinks their family is boring until they start asking questions,” Szabo told the audience.',
        'Nakamura-Hill nodded. “My grandfather wouldn’t talk about the camps for 50 years,” he said.',
      ],
      'My grandfather wouldn’t talk about the camps',
      'David Nakamura-Hill',
    ],
    [
      'two given names sharing a surname right after a dateline',
      [
        'MONTREAL — Sisters Claudine and Odile Viens have been making music together since they were teenagers.',
        'Claudine was quick to add that French isn’t going anywhere. “The next one will probably be in French again,” she said.',
      ],
      'The next one will probably be in French again',
      'Claudine Viens',
    ],
  ]);
});

describe('extractQuotes: a plural noun “like” someone gives them a role, not “such as” nor an office', () => {
  itDoesNotName('%s', [
    [
      'not: an office’s title (“thought leaders like X … the Senate minority leader”)',
      [
        'Conservative thought leaders like Rush Limbaugh are backing the campaign.',
        'Harry Reid blasted the plan in an interview. “It is one of the worst machinations I have seen,” the Senate minority leader said.',
      ],
      'It is one of the worst machinations',
      'Rush Limbaugh',
    ],
    [
      'not: peers listed with “such as”',
      [
        'His harmonies anticipate later composers such as Claude Debussy.',
        'The composer himself said to a pupil that “concerts are never real music.”',
      ],
      'concerts are never real music',
      'Claude Debussy',
    ],
  ]);
});

describe('extractQuotes: review 29 (this session’s rules, aimed at by a reader of their diff)', () => {
  itNames('%s', [
    [
      'an acronym keeps the body of those initials read first, though another is nearer',
      [
        'The Australian Medical Association has called on the federal government to lift the Medicare rebate for long consultations by 20 per cent.',
        'Health Minister Mark Butler said the government was reviewing the schedule.',
        'Guidelines published by the American Medical Association last year recommend that GPs spend at least 30 minutes with patients who have three or more chronic conditions.',
        '“Anything less than a 20 per cent increase is a band-aid on a broken leg,” the AMA said in a statement.',
      ],
      'a band-aid on a broken leg',
      'Australian Medical Association',
    ],
    [
      'a dateline’s dash is no sentence start for a given name that is also a word',
      [
        'OTTAWA — Will Amos, the former Liberal MP, says he is ready to return to public life.',
        "“I made a mistake and I've owned it,” Amos said.",
      ],
      'I made a mistake',
      'Will Amos',
    ],
    [
      'a quoted witness keeps the bare quotation after a body reported in between',
      [
        'Air Canada flight 871 made an emergency landing in Winnipeg on Monday.',
        '“I was terrified,” said passenger Lena Ortiz.',
        'The airline said the plane landed safely and nobody was hurt.',
        '“The whole cabin just dropped. People were screaming.”',
      ],
      'The whole cabin just dropped',
      'Lena Ortiz',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not: a statement for a later “the letter”',
      [
        'Environment Minister Steven Guilbeault sent a letter to the provinces on Monday setting out the new methane targets.',
        'In a statement, Premier Danielle Smith called the federal letter “insulting.”',
        '“Each province must cut emissions from oil and gas by 75 per cent,” the letter reads.',
      ],
      'must cut emissions',
      'Danielle Smith',
    ],
    [
      'not: peers named in passing (“celebrates musicians like Drake”)',
      [
        'Ali Farah has played bass in Toronto bars for 15 years.',
        'He says the city celebrates musicians like Drake but does little for people starting out.',
        '“The venues keep closing and nobody replaces them,” the musician said.',
      ],
      'venues keep closing',
      'Drake',
    ],
    [
      'not: a police association for “Toronto police”',
      [
        'The Toronto Police Association says its members are stretched too thin after the latest budget freeze.',
        'A woman was stabbed on a TTC bus in Scarborough on Friday.',
        '“Officers responded within four minutes,” Toronto police said.',
      ],
      'Officers responded within four minutes',
      'Toronto Police Association',
    ],
  ]);
});

describe('extractQuotes: probe round 31 (Canadian politics, business, environment)', () => {
  itNames('%s', [
    [
      'a document its author prepared speaks for them (“the note reads”)',
      [
        'Federal officials warned that the Employment Insurance overhaul was at “high risk” of running over budget.',
        'A briefing note prepared by Employment and Social Development Canada for the deputy minister in June 2023 says the project’s cost had climbed to $2.6 billion.',
        '“Without additional funding, there is a significant likelihood that key milestones will not be met,” the note reads.',
      ],
      'key milestones will not be met',
      'Employment and Social Development Canada',
    ],
    [
      'a report released by a body, named again in between, speaks for it',
      [
        'Thawing permafrost could cause more than $1.3 billion in damage, according to a report released Thursday by the Northern Climate Research Network.',
        'The report, based on ground-temperature data from 212 monitoring sites, found that roads and airstrips are most at risk.',
        '“Without significant investment in adaptation, several communities will face the failure of essential infrastructure,” the report states.',
      ],
      'several communities will face the failure',
      'Northern Climate Research Network',
    ],
    [
      'a spokesperson for a body named by two lowercase words',
      [
        'The Grand River Conservation Authority issued a flood watch Monday morning for low-lying areas of Guelph, Fergus and Elora.',
        '“Banks are slippery and unstable at this time of year,” a spokesperson for the conservation authority said.',
      ],
      'Banks are slippery and unstable',
      'Grand River Conservation Authority spokesperson',
    ],
    [
      'a name does not run on over a full stop into the next sentence’s “The”',
      [
        'Ontario Liberal Leader Naveen Sandhu sat down with The Globe and Mail to talk about his running feud with Premier Wes Calloway. The interview has been edited and condensed.',
        'The Premier called your transit plan “a fantasy drawn on a napkin.” How do you respond?',
        'He’s entitled to his opinion. But his own government has cancelled four transit lines, so I’m not sure he’s the best judge of fantasy.',
      ],
      'a fantasy drawn on a napkin',
      'Wes Calloway',
    ],
    [
      'an opening quotation, then “That was the blunt message from X”',
      [
        'THUNDER BAY, Ont. — “We’re done being consulted to death.”',
        'That was the blunt message from Chief Loretta Kashkeesh of Onaping River First Nation on Wednesday, as leaders from a dozen communities gathered.',
        'Kashkeesh said her community had taken part in more than 40 sessions since 2019.',
      ],
      'We’re done being consulted to death',
      'Loretta Kashkeesh',
    ],
    [
      'a hyphenated given name opens a clause as a given name does',
      [
        'When Marc-Antoine Leclerc took over as chief executive of Saint-Laurent Rail Systems in 2021, the Montreal-based train maker had lost money in nine of 10 quarters.',
        'Three years later, it is profitable, its order book is full, and Mr. Leclerc is in a mood to talk about expansion.',
        '“We spent three years fixing the house. Now we can think about adding a floor,” he said in an interview.',
      ],
      'Now we can think about adding a floor',
      'Marc-Antoine Leclerc',
    ],
  ]);
});

describe('extractQuotes: a document of the same kind whose author is not read is no longer the noted one', () => {
  itDoesNotName('%s', [
    [
      'not: an earlier study’s author for a later study',
      [
        'A 2006 study by Behar found that four women founded most maternal lines.',
        'In 2013, however, a study of mitochondrial DNA by a team at the University of Huddersfield reached different conclusions.',
        'The study states that most maternal lines were not brought from the Near East. According to the study these findings “point to a significant role for the conversion of women.”',
      ],
      'point to a significant role for the conversion of women',
      'Behar',
    ],
  ]);
});

describe('extractQuotes: review 30 (the later rules, aimed at by a reader of their diff)', () => {
  itNames('%s', [
    [
      'an age after a name (“Moreau, now 39,”) is that person’s',
      [
        'Jess Moreau was 17 when she was struck by a drunk driver on Highway 7 near Peterborough.',
        "Moreau, now 39, has spent the last decade lobbying Queen's Park for tougher penalties for impaired driving.",
        '“Nobody should have to learn to walk twice,” the 39-year-old said.',
      ],
      'Nobody should have to learn to walk twice',
      'Jess Moreau',
    ],
    [
      '“who is now 39” after a name is that person’s age',
      [
        'Priya Sandhu was 12 when her family arrived in Surrey from Punjab.',
        'Sandhu, who is now 39, runs a settlement agency for newcomer youth.',
        '“I know exactly what that first winter feels like,” the 39-year-old said.',
      ],
      'I know exactly what that first winter feels like',
      'Priya Sandhu',
    ],
    [
      '“As a senior official…, Mr. Park” gives Park no office an anonymous official shares',
      [
        'Mr. Park joined the finance ministry in 2009. As a senior official in the ministry, Mr. Park drafted the 2019 rules on foreign buyers.',
        'A current official, speaking on condition of anonymity because they were not authorized to discuss the file, said the rules are under review.',
        '“Nothing is off the table right now,” the official said.',
      ],
      'Nothing is off the table right now',
      null,
    ],
    [
      'a town not written before does not make a mother of another town the one described',
      [
        'Kim Lee, a Saskatoon mother of three, has been driving her son to Calgary for treatment.',
        'Other families say the same.',
        "“We have put 40,000 kilometres on the van this year,” said the Regina mother of three, who asked that her name not be used because her son's condition is private.",
      ],
      'We have put 40,000 kilometres on the van',
      null,
    ],
    [
      'an emailed statement is “the email”',
      [
        'Health Canada is recalling two brands of infant formula over possible bacterial contamination.',
        'In an emailed statement, Health Canada said no illnesses have been reported.',
        '“Parents should stop using the product immediately and return it to the store,” the email said.',
      ],
      'Parents should stop using the product',
      'Health Canada',
    ],
    [
      '“has not issued a statement” starts no other statement',
      [
        'In a statement, Metrolinx said service on the Lakeshore West line would resume Monday. The union representing GO Transit workers has not issued a statement.',
        '“We apologize to riders for the disruption,” the statement said.',
      ],
      'We apologize to riders for the disruption',
      'Metrolinx',
    ],
    [
      'the person a host spoke with answers an unlabelled Q&A, not the host',
      [
        "The Current's Matt Galloway spoke with author Esi Edugyan about her new novel. This interview has been edited for length and clarity.",
        'Where did this book start for you?',
        "With a photograph. I found it in an archive in Victoria and I couldn't stop looking at it.",
        'How long did it take to write?',
        "Six years. I threw out the first draft entirely, which I don't recommend.",
      ],
      'I found it in an archive in Victoria',
      'Esi Edugyan',
    ],
    [
      'a spokesperson for “the rival airline” is not the airline named',
      [
        'WestJet cancelled 40 flights on Monday because of a pilot shortage.',
        '“We have not had to cancel a single flight because of crew availability,” a spokesperson for the rival airline said.',
      ],
      'We have not had to cancel a single flight',
      null,
    ],
  ]);

  it('reads no questions and answers in an explainer that only says whom it spoke with', () => {
    const quotes = who(
      'Readers sent us their questions about the new Canada Pension Plan enhancement. We spoke with retirement planner Jason Heath of Objective Financial Partners, and here is what you need to know.',
      'Will my CPP go up?',
      'Yes, if you worked after 2019. The enhancement is phased in, so you will see a modest increase at first.',
      'Do I need to apply?',
      'No. It is automatic once you start collecting your pension.',
    );
    expect(quotes.filter(([text]) => text.includes('The enhancement is phased in'))).toEqual([]);
  });
});

describe('extractQuotes: probe round 32 (Canadian local news, education, disasters)', () => {
  itNames('%s', [
    [
      '“the regional district” is a body by its noun',
      [
        'NELSON — A boil-water notice for about 600 properties will stay in place at least until the weekend, the Regional District of Upper Kootenay says.',
        'Turbidity in Harrow Creek spiked after heavy rain Monday.',
        '“Residents should continue to boil all water used for drinking,” the regional district said in a notice posted Wednesday.',
      ],
      'Residents should continue to boil all water',
      'Regional District of Upper Kootenay',
    ],
  ]);
});

describe('extractQuotes: the code review’s cases for this session’s rules', () => {
  itNames('%s', [
    [
      '“As minister of finance, Ms. X”: the office, not what it is of',
      [
        'For nearly three decades, Evelyn Stroud was one of the most powerful people in Ottawa.',
        'As minister of finance, Ms. Stroud shaped budgets.',
        '“Some people are going to be very unhappy with me,” the former minister says.',
      ],
      'Some people are going to be very unhappy with me',
      'Evelyn Stroud',
    ],
    [
      'whom a host spoke with, after an abbreviation (“Dr.”)',
      [
        'The Current’s Matt Galloway spoke with Dr. Esi Edugyan about her new book. This interview has been edited for length and clarity.',
        'Why did you write it now?',
        'I had been carrying it for a decade, and I finally knew how it ended.',
        'What surprised you?',
        'How much of it was about my mother. I didn’t expect that.',
      ],
      'How much of it was about my mother',
      'Esi Edugyan',
    ],
    [
      'a Q&A whose note is itself labelled (“Note: …”)',
      [
        'CBC Hamilton spoke with Kyle Van Boxmeer, a superintendent with Hamilton Paramedic Service, about the heat.',
        'Note: This interview has been edited for length and clarity.',
        'Who are you most worried about?',
        'Older adults living alone. Those are the calls we see go up first.',
        'What are the signs someone needs help?',
        'Confusion, and not sweating even though they’re hot. That’s a 911 call.',
      ],
      'Those are the calls we see go up first',
      'Kyle Van Boxmeer',
    ],
    [
      'a place’s police when its association is named after its service',
      [
        'Peel Regional Police say they have recovered 93 stolen vehicles.',
        'The Peel Regional Police Association says its members are stretched thin.',
        '“These vehicles were stolen from driveways,” Peel police said in a release.',
      ],
      'These vehicles were stolen from driveways',
      'Peel Regional Police',
    ],
    [
      'a spokesperson for “the provincial ministry” named before',
      [
        'The Ministry of Health says it will add 30 nurse practitioners to rural clinics.',
        '“The positions will be posted this spring,” a spokesperson for the provincial ministry said.',
      ],
      'The positions will be posted this spring',
      'Ministry of Health spokesperson',
    ],
  ]);
});

describe('extractQuotes: probe rounds 33–34 (bodies’ names as Canadian copy writes them)', () => {
  itNames('%s', [
    [
      'an office owned by a title (“the Prime Minister’s Office”)',
      [
        'OTTAWA — The Prime Minister’s Office is denying a report about the firearms buyback.',
        '“Any suggestion otherwise is false,” the Prime Minister’s Office said in a statement.',
      ],
      'Any suggestion otherwise is false',
      'Prime Minister’s Office',
    ],
    [
      'an office owned by two titles, named only where it speaks',
      [
        'TORONTO — A man died in custody Tuesday.',
        '“We are investigating,” the Chief Coroner’s Office said in a statement Thursday.',
      ],
      'We are investigating',
      'Chief Coroner’s Office',
    ],
    [
      'an office “of” a title',
      [
        'TORONTO — A man died in custody Tuesday.',
        '“We are investigating,” the Office of the Chief Coroner said in a statement.',
      ],
      'We are investigating',
      'Office of the Chief Coroner',
    ],
    [
      'a party label opening a body’s name',
      [
        'VANCOUVER — A man died after an arrest in February.',
        'The Independent Investigations Office of B.C. said it found “reasonable grounds to believe that an officer may have committed an offence.”',
      ],
      'reasonable grounds to believe',
      'Independent Investigations Office of B.C.',
    ],
    [
      'a hyphenated office before the name (“Auditor-General Hélène Bastien”)',
      [
        'MONTREAL — Quebec’s auditor-general says seniors’ homes are still short of orderlies.',
        'In her annual report, Auditor-General Hélène Bastien found that 4,000 had left the job.',
        '“The province succeeded in recruiting, but not in retaining,” Ms. Bastien told reporters.',
      ],
      'The province succeeded in recruiting',
      'Hélène Bastien',
    ],
  ]);
  itNames('still: %s', [
    [
      'a party label before a member’s name that holds a body’s word',
      [
        'OTTAWA — Independent Rachel Post won the riding by 40 votes.',
        '“It was close,” Post said.',
      ],
      'It was close',
      'Rachel Post',
    ],
  ]);
  it('reads a body owned by a plural without an s as one name (“the Children’s Aid Society”)', () => {
    const [quote] = extractQuotes(
      article('“We cannot discuss individual cases,” the Children’s Aid Society said.'),
    );
    expect(quote?.mention).toBe('Children’s Aid Society');
  });
});

describe('extractQuotes: a trade no one was given is whom the story follows (probe round 35)', () => {
  itNames('%s', [
    [
      'a player’s position and age, after a paragraph opening on his surname',
      [
        'TORONTO — Marcus Adeyemi scored a career-high 34 points and the Northmen beat Cleveland 118-109.',
        'Adeyemi shot 13-for-20 from the field and hit five three-pointers.',
        '“Coach told me to stop passing up open looks. So I stopped,” the 23-year-old guard said.',
      ],
      'Coach told me to stop passing up open looks',
      'Marcus Adeyemi',
    ],
    [
      'a birthplace and a trade, two paragraphs after the lede named him',
      [
        'Tyler Vandermeer has played 700 NHL games, most of them in a shutdown role.',
        'On Tuesday night in Seattle, he scored his first career hat trick.',
        '“My mom’s going to have to buy a new shelf for that puck,” said the Edmonton-born defenceman.',
      ],
      'My mom’s going to have to buy a new shelf',
      'Tyler Vandermeer',
    ],
  ]);
  itNames('not: %s', [
    [
      'someone else named after the paragraph opening on the subject',
      [
        'Donald Trump plans to empower black communities through “capital investment,” Ben Carson said Monday.',
        '“They have to stop and listen,” the retired neurosurgeon told a television station.',
      ],
      'They have to stop and listen',
      null,
    ],
    [
      'one of several unnamed (“the second official”)',
      [
        'Donald Trump met donors on Tuesday, the Post reported, quoting a Republican official.',
        '“The critical mass was finally reached,” said the second official.',
      ],
      'The critical mass was finally reached',
      null,
    ],
    [
      'a place qualifying the trade',
      [
        'Priya Sandhu said Calgary would challenge the rules in court.',
        '“We are watching this closely,” the Edmonton city councillor said.',
      ],
      'We are watching this closely',
      null,
    ],
    [
      'someone given another trade',
      [
        'Kyle Ashdown made 38 saves as Moncton won 4-3.',
        '“We held on,” said goaltender Kyle Ashdown.',
        '“We never gave up,” the veteran winger said.',
      ],
      'We never gave up',
      null,
    ],
  ]);
});

describe('extractQuotes: a federal department named by its portfolios (probe round 33)', () => {
  it('finds the department whose comma-listed portfolios its acronym spells (“IRCC said”)', () => {
    expect(
      speakerOf(
        'This pause will allow the department',
        'OTTAWA — Immigration, Refugees and Citizenship Canada says it will stop accepting new applications.',
        'The department said it received about 87,000 forms.',
        '“This pause will allow the department to process applications more quickly,” IRCC said.',
      ),
    ).toBe('Immigration, Refugees and Citizenship Canada');
  });
  it('shows a department of two portfolios as an organisation, not a pair of people', () => {
    const [quote] = extractQuotes(
      article(
        'OTTAWA — The cod season will close, Fisheries and Oceans Canada says.',
        '“The stock is in the critical zone,” Fisheries and Oceans Canada said in a statement.',
      ),
    );
    expect([quote?.speaker, quote?.speakerType]).toEqual([
      'Fisheries and Oceans Canada',
      'organisation',
    ]);
  });
  it('still shows two people sharing a surname as people', () => {
    const [quote] = extractQuotes(
      article('“We lost everything,” said Marie and Paul Gagnon, who farm near Sherbrooke.'),
    );
    expect(quote?.speakerType).toBe('person');
  });
});

describe('extractQuotes: “That’s how <role>, <name>, described it” (probe round 34)', () => {
  itNames('%s', [
    [
      'a role owned by a place, the name set off after it',
      [
        '“We’re not going to pretend this is a small number.”',
        'That’s how Winnipeg’s chief financial officer, Priya Ramnarine, described the city’s projected shortfall on Monday.',
        'Mayor Scott Gillingham said taxes would not rise beyond 3.5 per cent.',
      ],
      'pretend this is a small number',
      'Priya Ramnarine',
    ],
    [
      'a role after “the”',
      [
        '“We’re not going to pretend this is a small number.”',
        'That’s how the city’s chief financial officer, Priya Ramnarine, described the shortfall.',
      ],
      'pretend this is a small number',
      'Priya Ramnarine',
    ],
  ]);
});

describe('extractQuotes: a review set off with its maker (probe round 34)', () => {
  itNames('%s', [
    [
      '“The review, prepared by consultant X,… the review states”',
      [
        'A long-awaited review of the paramedic system says offload delays are putting lives at risk.',
        'The review, prepared by consultant Harold Beaumont for the Department of Health, was released Friday.',
        '“As many as a third of the ambulances may be sitting outside emergency departments,” the review states.',
      ],
      'sitting outside emergency departments',
      'Harold Beaumont',
    ],
    [
      '“The analysis, by the X,… the analysis says”: “by” alone names its maker too',
      [
        'The analysis, by the Prairie Institute for Water Policy, an Edmonton think tank, draws on 40 years of river gauges.',
        '“Summer flows have fallen by a fifth since 1985,” the analysis says.',
      ],
      'Summer flows have fallen',
      'Prairie Institute for Water Policy',
    ],
  ]);
  itNames('not: %s', [
    [
      'a report set off with whoever released it (“The report, released by X,”)',
      [
        'The report, released by Health Minister Adrian Dix, was written by a panel of nurses.',
        '“Staffing is the crisis,” the report states.',
      ],
      'Staffing is the crisis',
      null,
    ],
    [
      'a report its sentence names beside the audit',
      [
        'The audit, prepared by consultant Harold Beaumont, contradicts a report the province published in May.',
        '“Wait times fell by half,” the report states.',
      ],
      'Wait times fell by half',
      null,
    ],
  ]);
});

describe('extractQuotes: review 31 (this session’s rules, aimed at by a reader of their diff)', () => {
  itNames('“the story’s subject” does not reach: %s', [
    [
      'a quotation speaking of the subject (“I wish her well”)',
      [
        'Priya Sandhu was sworn in as mayor of Edmonton on Monday.',
        'Sandhu won last month’s election by fewer than 900 votes.',
        '“I wish her well, and I’ll be watching closely,” the former mayor said.',
      ],
      'I wish her well',
      null,
    ],
    [
      'a lawyer speaking for the subject (“My client…”)',
      [
        'Trevor Maclean was sentenced Tuesday to six years for defrauding seniors.',
        'Maclean pleaded guilty in May to fraud over $5,000.',
        '“My client is deeply ashamed,” the veteran lawyer said outside court.',
      ],
      'My client is deeply ashamed',
      null,
    ],
    [
      'the subject’s opponent (“the losing pitcher”)',
      [
        'Liam Okafor hit two home runs as the Winnipeg Goldeyes beat the Kansas City Monarchs 7-3.',
        'Okafor is hitting .341 since the all-star break.',
        '“I tried to pitch inside and it didn’t work,” the losing pitcher said.',
      ],
      'I tried to pitch inside',
      null,
    ],
    [
      'an office’s words qualifying the noun (“the lead investigator”)',
      [
        'Derek Olafson was found guilty Friday of impaired driving causing death.',
        'Olafson, 46, will be sentenced in March.',
        '“This case has been hard on everyone in the unit,” the lead investigator said.',
      ],
      'hard on everyone in the unit',
      null,
    ],
    [
      'a paragraph opening on the subject’s father (“Okafor’s father…”)',
      [
        'Liam Okafor hit two home runs as the Winnipeg Goldeyes won 7-3 on Sunday.',
        'Okafor’s father, who spent 31 years at the steel mill, was in the stands.',
        '“I never miss a home game now,” the 64-year-old steelworker said.',
      ],
      'I never miss a home game now',
      null,
    ],
    [
      'someone else the lede names (the losing goalie)',
      [
        'Dmitri Volkov scored twice in the third period as Brandon beat Regina 3-1, spoiling a 41-save night for Regina’s Kyle Ashdown.',
        'Volkov scored the winner on a deflection with 3:12 left.',
        '“I felt good all night, and then it hits a skate and goes in,” the 20-year-old netminder said.',
      ],
      'I felt good all night',
      null,
    ],
  ]);
  itNames('a body’s own possessive after “said”: %s', [
    [
      '“said the Women’s College Hospital”',
      [
        'The new birthing centre will open in June.',
        '“This will transform maternity care,” said the Women’s College Hospital.',
      ],
      'This will transform maternity care',
      'Women’s College Hospital',
    ],
    [
      '“said People’s Party Leader X”',
      [
        'The campaign entered its final week on Monday.',
        '“We are the only party talking about the cost of living,” said People’s Party Leader Gordon Vickery.',
      ],
      'the only party talking about the cost of living',
      'Gordon Vickery',
    ],
    [
      '“said the Premier’s Office in a statement”',
      [
        'The ferry will be out of service until Friday.',
        '“We know how much islanders depend on this run,” said the Premier’s Office in a statement.',
      ],
      'islanders depend on this run',
      'Premier’s Office',
    ],
  ]);
  itNames('a trade opening a sentence stays out of a firm’s name: %s', [
    [
      '“Grocer Fairway Foods Ltd. said”',
      [
        'Canada’s grocery chains reported higher profits on Thursday.',
        'Grocer Fairway Foods Ltd. said in a statement: “We have held the line on prices for as long as we can.”',
      ],
      'held the line on prices',
      'Fairway Foods Ltd.',
    ],
  ]);
});

describe('extractQuotes: a month cut short is no name (probe round 35)', () => {
  itNames('%s', [
    [
      '“on Oct. 14” before “the company said”',
      [
        'A payroll software provider says workers’ data may have been exposed.',
        'Paystream Solutions Inc. said it detected unauthorized access on Oct. 14 and notified the privacy commissioner.',
        '“We have no evidence that the information has been misused,” the company said in an emailed statement.',
      ],
      'no evidence that the information has been misused',
      'Paystream Solutions Inc.',
    ],
  ]);
});

describe('extractQuotes: review 32 (the later rules, aimed at by a reader of their diff)', () => {
  itNames('%s', [
    [
      'a set-off document’s releaser is not its author',
      [
        'A review of the province’s paramedic system was made public on Friday.',
        'The review, released by Health Minister Adrian Dix, was written by an independent panel.',
        '“Offload delays have reached crisis levels,” the review states.',
      ],
      'Offload delays have reached crisis levels',
      null,
    ],
    [
      '“That’s how the mother of the <role>, <name>, described it” is not the named one’s',
      [
        '“I just want him to come home.”',
        'That’s how the mother of the injured firefighter, Dan Reyes, described the family’s week.',
      ],
      'I just want him to come home',
      null,
    ],
    [
      'a body’s name, then two titles, is a person’s description',
      [
        'Sarah Breeden said inflation would fall faster than expected.',
        '“We are not complacent,” said Bank of England Deputy Governor Sarah Breeden.',
      ],
      'We are not complacent',
      'Sarah Breeden',
    ],
  ]);
});

describe('extractQuotes: “X delivered that message” after a quotation opening the article (probe round 37)', () => {
  itNames('%s', [
    [
      'a captain set off after his role',
      [
        'OTTAWA — “We’re not here to be a feel-good story. We’re here to win the thing.”',
        'Canada’s world junior captain, Liam Carvalho, delivered that message on Monday, a day after a shaky win over Slovakia.',
        'Head coach Paul Rainville said he had shown the players video of the game.',
      ],
      'a feel-good story',
      'Liam Carvalho',
    ],
  ]);
});

describe('extractQuotes: “the X union” is the union of that name (probe round 37)', () => {
  it('names and types the union', () => {
    const [quote] = extractQuotes(
      article(
        'DETROIT (AP) — About 8,000 workers at three auto parts plants walked off the job Monday.',
        '“Our members have made sacrifices for years,” the United Parts Workers union said in a statement.',
      ),
    );
    expect([quote?.speaker, quote?.speakerType]).toEqual(['United Parts Workers', 'organisation']);
  });
  it('reads a nationality’s union as a description, not a name', () => {
    const [quote] = extractQuotes(
      article(
        'TORONTO — Teachers rejected the offer on Friday.',
        '“We will fight this,” the Canadian union said.',
      ),
    );
    expect([quote?.speaker, quote?.mention]).toEqual([null, 'the Canadian union']);
  });
});

describe('extractQuotes: review 33 (the rules as tightened, aimed at again)', () => {
  itNames('%s', [
    [
      'a stranger’s trade after a lede on a victim (“the veteran investigator”)',
      [
        'Tyler Brooks, 17, was found dead near a hiking trail on Sunday, police said.',
        'Brooks had been missing since Thursday.',
        '“This is the call every family dreads,” the veteran investigator said.',
      ],
      'the call every family dreads',
      null,
    ],
    [
      'the receiver of a message (“was sent that message by her landlord”)',
      [
        '“You have 30 days to leave.”',
        'Dana Whitfield was sent that message by her landlord, Greg Pruitt, on Monday.',
      ],
      'You have 30 days to leave',
      null,
    ],
    [
      'an employer’s union (“the TTC union”)',
      [
        'TORONTO — Subway service could stop Friday if talks fail.',
        '“Our members are ready to walk,” the TTC union said.',
      ],
      'Our members are ready to walk',
      null,
    ],
    [
      'a role of something, then its holder’s name',
      [
        '“We are seeing more cases every day.”',
        'That’s how the chief medical officer of health, Dr. Kieran Moore, described the week.',
      ],
      'more cases every day',
      'Kieran Moore',
    ],
    [
      'a relative of someone named after the role (“the wife of the veteran forward, X”)',
      [
        'A star forward was traded on Wednesday after six seasons in Edmonton.',
        '“It’s a gut punch.”',
        'That’s how the wife of the veteran forward, Mikko Saarinen, described the news.',
      ],
      'It’s a gut punch',
      null,
    ],
  ]);
});

describe('extractQuotes: a surname that is also a public body’s word', () => {
  it('"Tom Service" is a person, "Service" his surname', () => {
    expect(
      speakerOf(
        'I am ready',
        'Tom Service was named the new head coach on Monday.',
        'Service spent six seasons as an assistant in Owen Sound.',
        '“I am ready,” the 44-year-old said.',
      ),
    ).toBe('Tom Service');
  });
});

describe('extractQuotes: "the utility" is the one the article is about, not a body named before', () => {
  it('Manitoba Hydro, not the University of Manitoba whose study came first', () => {
    expect(
      speakerOf(
        'for their patience',
        'A University of Manitoba study found outages in the province rose 40 per cent over a decade.',
        'Manitoba Hydro said crews had restored power to most homes in Brandon by Sunday night.',
        '“We thank customers for their patience,” the utility said.',
      ),
    ).toBe('Manitoba Hydro');
  });
});

describe('where the rules for bodies that act must not reach (a review of them)', () => {
  it.each([
    [
      'a force named nearer, not one that acted earlier',
      [
        'Toronto Police said Monday they had arrested a man after a crash on Highway 401.',
        'The investigation was later handed to the Ontario Provincial Police.',
        '“The investigation is ongoing,” the force said.',
      ],
      'investigation is ongoing',
      'Ontario Provincial Police',
    ],
    [
      'a firm bought, not one that bought',
      [
        'Comeau Fisheries was bought by a Halifax investor in 2017.',
        'The plant is now owned by Bluewater Seafoods Ltd., according to provincial records.',
        '“This was an extremely difficult decision,” the company said.',
      ],
      'extremely difficult decision',
      'Bluewater Seafoods Ltd.',
    ],
    [
      'a plural noun after a name is no verb of the name',
      [
        'Enbridge shares rose 2 per cent on Monday.',
        'A pipeline owned by Trans Mountain Corp. leaked near Abbotsford on Sunday, according to the Canada Energy Regulator.',
        '“The line has been shut down,” the company said.',
      ],
      'line has been shut down',
      'Trans Mountain Corp.',
    ],
    [
      'a given name of a portfolio’s form stays the name',
      ['“Nobody came to fix the boiler,” said Felicity Jane Harcourt, a retired teacher.'],
      'Nobody came to fix the boiler',
      'Felicity Jane Harcourt',
    ],
    [
      'a place written before the name in a clause about the person',
      [
        'Harvey Dunlop returned home on Saturday.',
        'In Cowra Junction, where he grew up, Dunlop is already a hero.',
        '“I owe the town everything,” the Cowra Junction native said.',
      ],
      'I owe the town everything',
      'Harvey Dunlop',
    ],
    [
      'a credit union is no workers’ union',
      [
        'Catholic Workers Credit Union will close two branches next year.',
        '“Membership has halved since 2010,” the company said.',
      ],
      'Membership has halved',
      'Catholic Workers Credit Union',
    ],
  ])('%s', (_, paragraphs, words, name) => {
    expect(speakerOf(words, ...paragraphs)).toBe(name);
  });

  it.each([
    [
      'a police watchdog is not the police',
      [
        'Ottawa Police Service officers shot a man on Bank Street on Monday.',
        'The Special Investigations Unit has been called in.',
        '“We are asking witnesses to come forward,” the police watchdog said.',
      ],
      'asking witnesses',
      'Ottawa Police Service',
    ],
    [
      '"Mrs Wright" makes no mother of James Wright',
      [
        'James Wright, 40, was injured when the roof of the house in Leeds collapsed on Sunday.',
        'Mrs Wright and the children were at a neighbour’s house at the time.',
        '“We have lost everything,” the mother of four said.',
      ],
      'lost everything',
      'James Wright',
    ],
  ])('%s', (_, paragraphs, words, wrong) => {
    expect(speakerOf(words, ...paragraphs)).not.toBe(wrong);
  });
});

describe('extractQuotes: a name whose word every object has', () => {
  // genderOf looked honorifics up in a plain object: "Constructor" found Object.prototype's
  // constructor there, a "gender" no pronoun matched.
  itNames('%s', [
    [
      'a surname that is a member of every object gives no gender ("Constructor")',
      ['“We will finish the car,” Bob Constructor said.', '“It takes time,” he said.'],
      'It takes time',
      'Bob Constructor',
    ],
  ]);
});

describe('extractQuotes: a role whose word every object has', () => {
  itNames('%s', [
    [
      'a role that is a member of every object finds whom the article gave it ("the constructor")',
      ['Ortiz, the constructor, builds cars.', '“We will finish the car,” the constructor said.'],
      'finish the car',
      'Ortiz',
    ],
    [
      'a role that is a member of every object is no kin noun ("her constructor")',
      ['“We will finish the car,” said her constructor, Ortiz.', '“It takes time,” she said.'],
      'It takes time',
      'Ortiz',
    ],
  ]);
});

describe('extractQuotes: a people named by a region is no one ("West African")', () => {
  itNames('%s', [
    [
      'an interview’s question on "West African food", then the answer',
      [
        'Chef Amara Diallo opened her first restaurant in Montreal last spring.',
        'Q: Why West African food in Montreal?',
        'A: “Because nobody was doing it properly.”',
      ],
      'nobody was doing it properly',
      'Amara Diallo',
    ],
    [
      '"she" after a sentence opening on "Why South Korean food"',
      [
        'Chef Amara Diallo opened her first restaurant in Montreal last spring.',
        'Why South Korean food in Montreal? “Because nobody was doing it properly,” she said.',
      ],
      'nobody was doing it properly',
      'Amara Diallo',
    ],
    [
      'a region’s people before a title and a name is the name’s description',
      ['“It is a start,” said North Korean diplomat Ri Son Gwon.'],
      'It is a start',
      'Ri Son Gwon',
    ],
  ]);
});

describe('extractQuotes: a body named by a place and a common noun ("the Kettle Creek town council")', () => {
  itNames('%s', [
    [
      '"the town council" after "The Kettle Creek town council"',
      [
        'The Kettle Creek town council voted Monday to close the arena for the winter.',
        '“We simply cannot afford to heat an empty building,” the town council said.',
      ],
      'heat an empty building',
      'Kettle Creek town council',
    ],
    [
      '"the association" after "the Lakeview tenants’ association"',
      [
        'Residents of the Lakeview tenants’ association say rents have doubled since 2021.',
        '“People are being pushed out of their homes,” the association said Tuesday.',
      ],
      'pushed out of their homes',
      'Lakeview tenants’ association',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'a sentence opening on a capital that names nothing ("Local school board")',
      [
        'Local school board members met Monday to discuss the budget.',
        '“We will have to cut programs,” the board said.',
      ],
      'cut programs',
      'Local school board',
    ],
  ]);
});

describe('extractQuotes: a description opening a paragraph before its quotation ("The premier said: “…”")', () => {
  const lede = 'Doug Ford has defended his plan to build a tunnel under Highway 401.';
  itNames('%s', [
    [
      'the description before a colon, as after the quotation',
      [lede, 'The premier said: “We are going to get it done.”'],
      'get it done',
      'Doug Ford',
    ],
    [
      'after a participle’s aside',
      [lede, 'Speaking in Mississauga, the premier said: “We are going to get it done.”'],
      'get it done',
      'Doug Ford',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not someone else the paragraph before was about',
      [
        lede,
        'Opposition Leader Marit Stiles called the plan a fantasy.',
        'The premier said: “We are going to get it done.”',
      ],
      'get it done',
      'Marit Stiles',
    ],
  ]);
});

describe('extractQuotes: a surname alone is not a relative the article introduced as one', () => {
  itNames('%s', [
    [
      'a father introduced by "His father," after the subject',
      [
        'Arnold Schwarzenegger was born in Thal, Austria, in 1947.',
        'His father, Gustav Schwarzenegger, was the local police chief.',
        'He took up weight training at 15 and won Mr. Universe at 20.',
        '“I wanted to be the best,” Schwarzenegger said of his youth.',
      ],
      'the best',
      'Arnold Schwarzenegger',
    ],
    [
      'parents listed after "His parents were", with their dates',
      [
        'Arnold Schwarzenegger was born in Thal, Austria, in 1947.',
        'His parents were Gustav Schwarzenegger (1907 – 1972), and Aurelia Schwarzenegger (1922 – 1998).',
        'He took up weight training at 15 and won Mr. Universe at 20.',
        '“I wanted to be the best,” Schwarzenegger said of his youth.',
      ],
      'the best',
      'Arnold Schwarzenegger',
    ],
    [
      'a grandfather set off after his name ("Thomas Whitehead, Alfred North’s grandfather")',
      [
        'Alfred North Whitehead was born in Ramsgate in 1861.',
        'He studied at a school founded by Thomas Whitehead, Alfred North’s grandfather.',
        'He went up to Trinity College, Cambridge, in 1880 to read mathematics.',
        '“Education is the acquisition of the art of the utilisation of knowledge,” Whitehead wrote.',
      ],
      'art of the utilisation',
      'Alfred North Whitehead',
    ],
    [
      'an in-law and a grandfather described by a word ("paternal")',
      [
        'Friedrich August von Hayek was born in Vienna in 1899.',
        'Friedrich’s paternal grandfather, Gustav Edler von Hayek, taught natural sciences.',
        'He was besotted with the Queen, according to his daughter-in-law, Esca Hayek.',
        'He won the Nobel Memorial Prize in Economic Sciences in 1974.',
        '“I am becoming a Burkean Whig,” Hayek said in 1970.',
      ],
      'Burkean Whig',
      'Friedrich August von Hayek',
    ],
    [
      'a mother introduced with a title and her maiden name in brackets',
      [
        'Marcus Delaney Reed was born in Atlanta in 1979 and raised in Chicago.',
        'Reed’s mother, Dr. Joyce A. (Whitfield) Reed, was a professor of English.',
        'He released his first album in 2004 to wide acclaim.',
        '“I wanted every song to sound like a movie,” Reed said of the record.',
      ],
      'sound like a movie',
      'Marcus Delaney Reed',
    ],
    [
      'children listed by kin nouns alone, one with a nickname in quotes',
      [
        'Marcus Delaney Reed was born in Atlanta in 1979 and raised in Chicago.',
        'He married in 2012. They have two children: daughter Ivy "Ives" Reed and son Otis Reed.',
        'His fourth album, released in 2016, was recorded at home in Los Angeles.',
        '“Fatherhood changed every song I write,” Reed said last year.',
      ],
      'Fatherhood changed',
      'Marcus Delaney Reed',
    ],
    [
      'not someone a kin word describes without a list ("Managing partner Tom Hart") (review)',
      [
        'Managing partner Tom Hart founded the firm in 1998 with two law school friends.',
        'His brother, Alan Hart, later joined as head of litigation.',
        'The firm now employs 400 lawyers in six cities.',
        'It lost the case in March.',
        '“We will appeal this decision,” Hart said.',
      ],
      'appeal this decision',
      'Tom Hart',
    ],
    [
      'a brother after "his brother" with no comma ("brother" is no title here)',
      [
        'Harold Vance Pryor was born in Kansas in 1890.',
        'With the help of his brother Milton Pryor, then a journalist, Major Harold V. Pryor wrote a guide.',
        'He was posted to Manila as a military adviser in 1935.',
        '“It was the most instructive time of my career,” Pryor said later.',
      ],
      'most instructive time',
      'Harold V. Pryor',
    ],
    [
      'the subject sharing a given name with the father introduced by it',
      [
        'Alfred North Whitehead was born in Ramsgate in 1861.',
        'His father, Alfred Whitehead, was a minister in Ramsgate.',
        'He went up to Trinity College, Cambridge, in 1880 to read mathematics.',
        '“Education is the acquisition of the art of the utilisation of knowledge,” Whitehead wrote.',
      ],
      'art of the utilisation',
      'Alfred North Whitehead',
    ],
  ]);
});

describe('extractQuotes: a relative named just before who speaks for the one the story is about (review)', () => {
  itNames('%s', [
    [
      'an obituary’s daughter confirming the death',
      [
        'Gordon Pinsent, the Newfoundland-born actor, died Saturday in Toronto. He was 92.',
        'His daughter, Leah Pinsent, confirmed the death in a statement.',
        '“He was surrounded by family,” Pinsent said. “He went peacefully.”',
      ],
      'surrounded by family',
      'Leah Pinsent',
    ],
    [
      'a victim’s mother in the quotation’s own paragraph',
      [
        'Emily Carter, 17, was killed Saturday when her car was struck by a pickup truck.',
        'Her mother, Susan Carter, said the family is devastated. “She was the light of our lives,” Carter said.',
      ],
      'light of our lives',
      'Susan Carter',
    ],
  ]);
});

describe('extractQuotes: where "the council" must not find a placed body (review)', () => {
  itDoesNotName('%s', [
    [
      'a verb between a person and the noun',
      [
        'Mayor Olivia Chow told city council on Wednesday that taxes would rise 6.9 per cent.',
        '“We have no other choice,” the council said in a statement released after the vote.',
      ],
      'no other choice',
      'Mayor Olivia Chow told city council',
    ],
    [
      'a noun no body is named by so ("Catholic school")',
      [
        'Ricardo Lopez attended Catholic school in Windsor before moving to Toronto in 1998.',
        'He was expelled in Grade 11. “We have no record of the incident,” the school said.',
      ],
      'no record of the incident',
      'Catholic school',
    ],
  ]);
});

describe('extractQuotes: two names side by side are not one ("At Bandung Nasser sought")', () => {
  const lede = [
    'Gamal Abdel Nasser led Egypt from 1954 until his death in 1970.',
    'Nasser nationalised the Suez Canal in 1956. Nasser was then at the height of his power.',
    'Nasser travelled widely.',
  ];
  itNames('%s', [
    [
      'a place before the surname the article has used alone',
      [
        ...lede,
        'At Bandung Nasser sought a proclamation for peace.',
        '“We are neutral,” Nasser said.',
      ],
      'We are neutral',
      'Gamal Abdel Nasser',
    ],
    [
      'a newspaper before the surname',
      [
        ...lede,
        'According to Barbara Ellen of The Guardian Nasser was a showman.',
        '“We are neutral,” Nasser said.',
      ],
      'We are neutral',
      'Gamal Abdel Nasser',
    ],
    [
      'but a person named in full late, who shares the surname, is still one name',
      [
        'Hillary Clinton campaigned in Iowa on Monday.',
        'Clinton spoke for an hour. Clinton took questions. Clinton then left for Ohio.',
        'Bill Clinton got in on the game, bashing Sanders during a rally.',
        '“He is running against me,” Bill Clinton said.',
      ],
      'running against me',
      'Bill Clinton',
    ],
  ]);
});

describe('extractQuotes: a single name opening both a person’s name and a show’s ("Beyoncé Live")', () => {
  itNames('%s', [
    [
      'the person the article gave a pronoun, not the show named since',
      [
        'Beyoncé Giselle Knowles is an American singer who rose to fame in the late 1990s.',
        '“Music was my first language,” she said in a 2003 interview.',
        'Her concert film, Beyoncé Live, was released in 2007 to strong reviews.',
        '“I wanted the show to feel like a conversation,” Beyoncé said.',
      ],
      'feel like a conversation',
      'Beyoncé Giselle Knowles',
    ],
  ]);
});

describe('extractQuotes: a time’s “a.m.” before a quotation ends its sentence (probe)', () => {
  itNames('%s', [
    [
      'the pronoun after it is the neighbour’s, not the officer’s quoted before',
      [
        '“We are not releasing names,” said Cpl. Madonna Saunderson.',
        'Neighbour Terry Kwan said she heard shouting around 2 a.m. “It sounded like a fight,” she said.',
      ],
      'sounded like a fight',
      'Terry Kwan',
    ],
  ]);
});

describe('extractQuotes: "Dean", a title and a given name (probe)', () => {
  itNames('%s', [
    [
      'before one name, the given name',
      [
        '“The rink is the heart of this town,” said Dean Fraser, a volunteer coach.',
        '“We need more ice time,” Fraser said.',
      ],
      'heart of this town',
      'Dean Fraser',
    ],
    [
      'before a surname the article gave in full with the title, the title',
      [
        '“Enrolment is up,” said Law School Dean Jane Whitaker.',
        '“We hired twelve new staff,” Dean Whitaker said.',
      ],
      'twelve new staff',
      'Jane Whitaker',
    ],
    [
      'before a surname the article gives in full only after, as a dean (review)',
      [
        '“We will not cut financial aid,” Dean Whitaker told students on Monday.',
        'Jane Whitaker, dean of the law school since 2019, also announced a hiring freeze.',
      ],
      'cut financial aid',
      'Jane Whitaker',
    ],
    [
      'not someone else with the surname, named before and no dean (review)',
      [
        'Former Secretary of State James Baker backed the plan on Monday. “It is overdue,” Baker said.',
        'Not everyone agreed. Dean Baker, an economist at a Washington think tank, called it a giveaway. “This helps the banks and no one else,” Dean Baker said.',
      ],
      'helps the banks',
      'Dean Baker',
    ],
  ]);
});

describe('extractQuotes: "they" after a pair each titled with an abbreviation (probe)', () => {
  itNames('%s', [
    [
      '"Sen. X and Sen. Y sent a letter"',
      [
        'Sen. Elizabeth Warren and Sen. Bernie Sanders sent a letter to the airline’s chief executive on Monday.',
        '“Passengers deserve answers,” they wrote.',
      ],
      'deserve answers',
      'Elizabeth Warren and Bernie Sanders',
    ],
  ]);
});

describe('extractQuotes: a road is no speaker (probe)', () => {
  itNames('%s', [
    [
      'but a person surnamed Lane is (review)',
      ['Diane Lane, the county engineer, put it bluntly: “The bridge is unsafe.”'],
      'bridge is unsafe',
      'Diane Lane',
    ],
    [
      'the words of a sign on an avenue are nobody’s',
      [
        'Residents have asked the city for speed bumps for years.',
        '“Slow down,” reads a hand-painted sign on Maple Avenue.',
      ],
      'Slow down',
      null,
    ],
    [
      'nor is an avenue whose first word is a woman’s name the “she” after it (review)',
      [
        'Residents of Maple Avenue have complained about speeding for years.',
        '“Someone is going to get killed,” she said.',
      ],
      'going to get killed',
      null,
    ],
  ]);
});

describe('extractQuotes: a sentence opening on what a body is, before its name (probe)', () => {
  itNames('%s', [
    [
      '"The utility, X, said" gives X to a later "the utility"',
      [
        'Mandiant said the hackers were inside the network for months.',
        'The utility, Pacific Gas Co., said no customer data was taken.',
        '“Our systems are secure,” the utility said.',
      ],
      'systems are secure',
      'Pacific Gas Co.',
    ],
  ]);
});

describe('extractQuotes: an abbreviation’s dot before a statement ends its sentence (review)', () => {
  it.each([
    ['Jane Doe left her job at Acme Inc. “It was time,” she said.', 'Jane Doe'],
    [
      'The tariffs will hurt farmers across the U.S. “We cannot absorb another cut,” said Maria Lopez, a grower in Iowa.',
      'Maria Lopez',
    ],
  ])('%s', (paragraph, speaker) => {
    const quotes = extractQuotes(article(paragraph));
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([[speaker, 'full']]);
  });

  it('keeps a nickname or a name in quotation marks after an abbreviation inside the sentence', () => {
    const quotes = extractQuotes(
      article(
        'Organisers at Acme Inc. “Best Widget of the Year” award night cheered. Sen. “Bob” Smith spoke. The deal struck with Walt Disney Co. “Star Wars: The Last Jedi,” released in 2017, followed.',
      ),
    );
    expect(quotes.every((q) => q.kind === 'scare')).toBe(true);
    // A film's title is kept as what it is, not lost to a sentence cut before it (review).
    expect(quotes.map((q) => q.text)).toContainEqual(expect.stringMatching(/^Star Wars/));
  });
});

it('reads “i.e.” before a quotation as leading into it, not ending a sentence', () => {
  const quotes = extractQuotes(
    article(
      'The Mahabharata compliments them as "the all-knowing Yavanas" i.e. "The Yavanas, O king, are all-knowing; the Suras are particularly so." and the creators of flying machines. The "Brihat-Samhita" of the mathematician Varahamihira says: "The Greeks must be honored."',
    ),
  );
  expect(quotes.find((q) => q.text.startsWith('The Yavanas'))?.speaker).not.toBe('Varahamihira');
});

describe('extractQuotes: whom a quotation was told is not who said it (probe)', () => {
  itNames('%s', [
    [
      'an age no one was given goes past the outlet told, to the person the story named',
      [
        'Oscar winner Rebecca Hale arrived at the premiere with her daughter.',
        '“Mia and I are close,” the 45-year-old told Page Six.',
      ],
      'Mia and I are close',
      'Rebecca Hale',
    ],
    [
      'but whom someone else told stays whom a later description finds (review)',
      [
        'Defence counsel told Judge Maria Lopez that his client was remorseful.',
        '“This was a brutal attack,” the judge said.',
      ],
      'brutal attack',
      'Maria Lopez',
    ],
    [
      'nor whom the quotation itself names',
      [
        'Oscar winner Rebecca Hale has slammed rumours she is feuding with co-star Mia Corrigan.',
        '“Mia and I are close,” the 45-year-old told Page Six.',
      ],
      'Mia and I are close',
      'Rebecca Hale',
    ],
    [
      'and whom an age was told of in an earlier sentence (review)',
      ['He told Jane Smith, 45, about the plan.', '“I was shocked,” the 45-year-old said.'],
      'I was shocked',
      'Jane Smith',
    ],
  ]);
});

describe('extractQuotes: a minister named after the portfolio (probe)', () => {
  itNames('%s', [
    [
      'after "Minister for", the portfolio is no part of the name',
      [
        'Minister for Foreign Affairs Penny Wong said talks went well.',
        '“It was constructive,” she said.',
      ],
      'constructive',
      'Penny Wong',
    ],
    [
      'nor before a given name no list knows',
      [
        'Minister for Home Affairs Zulkifli Hamzah said the rules would take effect in March.',
        '“Every commuter should feel safe,” Mr Zulkifli said.',
      ],
      'commuter should feel safe',
      'Zulkifli Hamzah',
    ],
    [
      'nor after "Minister of" a portfolio of one word',
      [
        'Minister of Finance Chrystia Freeland said the deficit would shrink.',
        '“We have a plan,” she said.',
      ],
      'We have a plan',
      'Chrystia Freeland',
    ],
    [
      'nor a portfolio of two joined by "and" (review)',
      [
        'Secretary of Health and Human Services Robert F. Kennedy Jr. said the panel would be replaced.',
        '“We need new eyes,” he said.',
      ],
      'new eyes',
      'Robert F. Kennedy Jr.',
    ],
  ]);
});

describe('extractQuotes: a member of the Dáil or the European Parliament by description (probe)', () => {
  itDoesNotName('%s', [
    [
      '"the Dublin Mid-West TD" is a description, not a name',
      [
        'Deirdre Ní Chonaill has called for the bypass to be fast-tracked.',
        '“Every week of delay costs €2m,” the Dublin Mid-West TD said.',
      ],
      'Every week of delay',
      'Dublin Mid-West TD',
    ],
  ]);
  itNames('%s', [
    [
      'which the sentence before in its paragraph gives the person reported',
      [
        'Deirdre Ní Chonaill has called for the bypass to be fast-tracked. “Every week of delay costs €2m,” the Dublin Mid-West TD said.',
      ],
      'Every week of delay',
      'Deirdre Ní Chonaill',
    ],
    [
      '"said the TD", inverted, as "the TD said" is (review)',
      [
        'Fianna Fáil TD Jim O’Callaghan raised the matter in the Dáil.',
        '“We need answers,” said the TD.',
      ],
      'We need answers',
      'Jim O’Callaghan',
    ],
    [
      '"the Green MEP" is whom the article titled so',
      [
        'Green MEP Ciarán Cuffe said the rules were weak.',
        'Labour leader Ivana Bacik agreed. “This is a loophole,” the Green MEP said.',
      ],
      'This is a loophole',
      'Ciarán Cuffe',
    ],
  ]);
});

describe('extractQuotes: "Mdm", as Singapore papers write Madam (probe)', () => {
  itNames('%s', [
    [
      'is an honorific, so "Mdm Goh" is the Goh Siew Lan named before',
      [
        'Hawker Mdm Goh Siew Lan, 68, has sold chwee kueh at Tiong Bahru Market for 40 years.',
        '“My knees are very painful already, but who will take over?” said Mdm Goh.',
      ],
      'My knees are very painful',
      'Goh Siew Lan',
    ],
  ]);
});

describe('extractQuotes: a pronoun after a sentence that opened on someone of the other gender (PolNeAR train)', () => {
  itNames('%s', [
    [
      'is the one person of its gender that sentence names, not a speaker further back',
      [
        'White House Chief of Staff Denis McDonough wrote back within minutes.',
        '“We need the cables by Friday,” Anne-Marie Slaughter wrote to the secretary.',
        'McDonough was responding to a message from Undersecretary for Political Affairs Wendy Sherman, reporting that a plane had lifted off from Tunis. “Tunis plane wheels up a few minutes ago,” she wrote.',
      ],
      'Tunis plane wheels up',
      'Wendy Sherman',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'but not when the sentence opened on someone of the pronoun’s gender',
      [
        '“We will talk trade,” Hillary Clinton said on Monday.',
        'Hillary Clinton met Angela Merkel in Berlin on Tuesday. “It was a warm meeting,” she said.',
      ],
      'warm meeting',
      'Angela Merkel',
    ],
  ]);
});

describe('extractQuotes: a role and a company beside a name (probe)', () => {
  itNames('%s', [
    [
      '"said <company> co-founder and CEO <name>": two roles joined are one role, the company only qualifies it',
      [
        'Payments startup Lumora has raised $40 million, the company said on Tuesday.',
        '“Small merchants lose a fortune to fees,” said Lumora co-founder and CEO Priya Halvorsen.',
      ],
      'Small merchants lose a fortune',
      'Priya Halvorsen',
    ],
    [
      '"<name>, <Title Role>, <company>, said": the title is held at the company, the name holds it',
      [
        'Speaking at the launch, Rakesh Menon, Chief Operating Officer, Indus Rail Systems Ltd, said, “This corridor will halve freight times.”',
      ],
      'This corridor will halve freight times',
      'Rakesh Menon',
    ],
    [
      'the same after the quotation',
      [
        '“This corridor will halve freight times,” Rakesh Menon, Managing Director, Indus Rail Systems, said.',
      ],
      'This corridor will halve freight times',
      'Rakesh Menon',
    ],
  ]);
});

describe('extractQuotes: a negative contraction opening a sentence is no name (probe)', () => {
  itNames('%s', [
    [
      '"Don’t…" is no man for a later "he"',
      [
        'Don’t take my word for it. Take it from Martin Okafor, who has fished these waters since 1990. “The cod are gone and nobody in Ottawa noticed,” he told me last month.',
      ],
      'The cod are gone',
      'Martin Okafor',
    ],
  ]);
});

describe('extractQuotes: an acronym of syllables, each opening a word of the name (probe)', () => {
  itNames('%s', [
    [
      '"(NiMet)" after "Nigerian Meteorological Agency" stands for the agency',
      [
        'The Nigerian Meteorological Agency (NiMet) has forecast dust haze across the north this week.',
        '“Motorists should reduce speed and use headlamps,” NiMet said in a bulletin.',
      ],
      'Motorists should reduce speed',
      'Nigerian Meteorological Agency',
    ],
  ]);
});

describe('extractQuotes: an office of State, and a portfolio of two parts joined by "and" (probe)', () => {
  itNames('%s', [
    [
      '"Minister of State for X <name>" is the minister a later "the minister" means',
      [
        'Minister of State for Fisheries Anand Rao said on Monday that trawler licences would be cut.',
        'Speaking in Kochi, the minister said, “The stocks need five quiet years.”',
      ],
      'The stocks need five quiet years',
      'Anand Rao',
    ],
    [
      '"Minister of State for X and IT <name>": the portfolio\'s capitals are no common word',
      [
        'Union Minister of State for Ports and IT Anand Rao said on Monday that licences would be cut.',
        '“The stocks need five quiet years,” the minister said.',
      ],
      'The stocks need five quiet years',
      'Anand Rao',
    ],
    [
      '"said Minister for X and Y <name>": the name after the portfolio speaks',
      ['“We will fix the waiting lists,” said Minister for Health and Social Care Ruth Pennock.'],
      'We will fix the waiting lists',
      'Ruth Pennock',
    ],
    [
      'so does it before a colon',
      ['Minister for Health and Social Care Ruth Pennock said: “We will fix the waiting lists.”'],
      'We will fix the waiting lists',
      'Ruth Pennock',
    ],
    [
      '"The then Secretary of State for X, <name>,": the office, then its holder set off',
      [
        'The then Secretary of State for Transport, Alan Pryce, backed the review and had not ruled out “major cuts” in rail spending.',
      ],
      'major cuts',
      'Alan Pryce',
    ],
  ]);
});

describe('extractQuotes: a nickname written inside the name (probe)', () => {
  itNames('%s', [
    [
      '`Given “Nick” Surname`, then "Nick said": the person so named',
      [
        'Marcus “Big Mac” Odhiambo, who has run the corner barbershop for 30 years, is retiring.',
        '“I cut three generations of the same families,” Big Mac said on Friday.',
      ],
      'I cut three generations',
      'Marcus Odhiambo',
    ],
  ]);
});

describe('extractQuotes: "they" after two people named with a relation, a role or ages between (probe)', () => {
  itNames('%s', [
    [
      '"X, 15, and her friend Y, 16," is a pair',
      [
        'Mia Sorensen, 15, and her friend Kalani Brooks, 16, were walking home when they saw the smoke.',
        '“We just ran to the door and started banging on it,” they said.',
      ],
      'We just ran to the door',
      'Mia Sorensen and Kalani Brooks',
    ],
    [
      '"<role> X and her husband, <role> Y," is a pair, then "the couple… they wrote"',
      [
        'Olympic sprinter Dana Whitfield and her husband, chef Marco Bellini, have opened a bakery in Leeds.',
        'The couple announced it on Instagram. “Bread, finally,” they wrote.',
      ],
      'Bread, finally',
      'Dana Whitfield and Marco Bellini',
    ],
    [
      'two people each set off with a description, saying it together, are a pair (probe41)',
      [
        'In the letter, Rupert Aldington, the MP for North Wealdshire, and Fiona Mackie-Stuart, who represents Tay Valley, say the policy is unfair.',
        '“We cannot support a measure that asks pensioners to choose between heating and eating,” they write.',
      ],
      'We cannot support',
      'Rupert Aldington and Fiona Mackie-Stuart',
    ],
    [
      'not two people a letter was sent to (review)',
      [
        'A letter from 40 doctors sent to Wes Streeting, the health secretary, and Rachel Reeves, the chancellor, said the plan would fail.',
        '“We cannot staff the wards we already have,” they wrote.',
      ],
      'staff the wards',
      null,
    ],
    [
      'not a given name cut out of a hyphenated one, nor the last two of three (review)',
      [
        'Jean-Luc Martin, the mayor of Dieppe, and Anne Dubois, who leads the opposition, say the ferry link must be saved.',
        'Rachel Reeves, the chancellor, Yvette Cooper, the home secretary, and Wes Streeting, the health secretary, said the plan was affordable.',
        '“We will not borrow a penny more than we need to,” they said.',
      ],
      'borrow a penny',
      null,
    ],
  ]);
});

describe('extractQuotes: a school system named "<place> Public Schools" (probe)', () => {
  itNames('%s', [
    [
      'is one body, its place included',
      [
        'Denver Public Schools said in a statement that the bus driver had been placed on leave.',
        '“Nothing matters more than getting every child home safely,” the statement said.',
      ],
      'Nothing matters more',
      'Denver Public Schools',
    ],
  ]);
});

describe('extractQuotes: "the <role> added" carries the voice that just spoke (probe)', () => {
  itNames('%s', [
    [
      'not to whom the paragraph before reported, when "added" comes before the quotation (review)',
      [
        'Jamie Vardy said he was delighted to score twice on his return from injury.',
        'The manager added: “He was brilliant today and the supporters love him.”',
      ],
      'brilliant today',
      null,
    ],
    [
      'a Māori elder’s title is no part of the name (probe42)',
      [
        'Kaumātua Wiremu Tāwhai said the clinic had changed the valley.',
        '“The nurses are our own mokopuna,” Mr Tāwhai said.',
      ],
      'our own mokopuna',
      'Wiremu Tāwhai',
    ],
    [
      'to someone given a place in a body, which any trade may hold (probe43)',
      [
        'Dr Ruth Abernethy, the head of research at the charity Dementia Futures, called the findings “genuinely exciting” but urged caution.',
        '“The history of this field is littered with early promise,” the neuroscientist added.',
      ],
      'littered with early promise',
      'Ruth Abernethy',
    ],
    [
      'not to someone the article gave another trade (review)',
      [
        'Leicester striker Jamie Vardy said he was delighted to score twice on his return from injury.',
        'The manager added: “It was a brilliant day and the supporters were superb.”',
      ],
      'brilliant day',
      null,
    ],
    [
      'not to someone the quotation names, whatever the nationality (review)',
      [
        'Carlos Alcaraz beat Jannik Sinner 6-4 6-4 in the Wimbledon final on Sunday.',
        '“I played my best tennis today,” Alcaraz said.',
        'Sinner, who had won their previous meeting in Rome, said: “He was simply too good for me today.”',
        'The Spaniard added: “Jannik is a great friend and we will play many more finals.”',
      ],
      'great friend',
      null,
    ],
    [
      'after a quotation in the paragraph before, a description no one was given is its speaker',
      [
        'Bake-off winner Priya Castellano has spoken about the pressure of the final.',
        'The 31-year-old told the Guardian: “I cried in the car park before every round.”',
        '“My husband kept me going. He tasted every single practice loaf,” the pastry chef added.',
      ],
      'My husband kept me going',
      'Priya Castellano',
    ],
    [
      'not a description of the other gender',
      [
        '“We were shocked,” said Tom Reed, who lives next door.',
        '“It was terrifying,” the grandmother added.',
      ],
      'It was terrifying',
      null,
    ],
  ]);
});

describe('extractQuotes: a given name alone set off after a description (probe)', () => {
  itNames('%s', [
    [
      '"Her partner, Dean, added:": a given name that is a title\'s word too',
      [
        'Sandra Pike, 52, said the dog had got into the garden twice this month.',
        'Her partner, Dean, added: “We’ve asked the council three times and nobody has come.”',
      ],
      'asked the council three times',
      'Dean',
    ],
  ]);
});

describe('extractQuotes: an English given name before a Chinese name, as Singapore papers write it (probe)', () => {
  itNames('%s', [
    [
      '"Ms Tan" is "Melissa Tan Wei Ling", named after a portfolio',
      [
        'Exporters will get faster customs clearance from July, Senior Minister of State for Trade Melissa Tan Wei Ling said on Tuesday.',
        '“Every hour saved at the border is money in the bank for small firms,” Ms Tan said.',
      ],
      'Every hour saved at the border',
      'Melissa Tan Wei Ling',
    ],
  ]);
});

describe('extractQuotes: the outlet an interview was given to is no person (probe)', () => {
  itNames('%s', [
    [
      '"In an interview with Rolling Stone, the 52-year-old said": the singer named before',
      [
        'Grammy-winning singer Rosalind Okafor-Brandt has spoken about the year she lost her voice.',
        'In an interview with Rolling Stone, the 52-year-old said she was told she might never sing again.',
        '“I learned to listen instead of talk. It changed every song I wrote after,” she said.',
      ],
      'I learned to listen instead of talk',
      'Rosalind Okafor-Brandt',
    ],
  ]);
});

describe('extractQuotes: "X said it would…" shows a name of several words to be a body, as of one word (probe)', () => {
  itNames('%s', [
    [
      '"The firm, <name>, said it would…" then "it said"',
      [
        'Regulators have fined a Nevada network operator $2 million over spam texts.',
        'The firm, Copperleaf Mesa Link, said it would appeal. “We carry messages; we do not write them,” it said in a statement.',
      ],
      'We carry messages',
      'Copperleaf Mesa Link',
    ],
  ]);
});

describe('extractQuotes: an age is not whom its own "who" clause names (probe)', () => {
  itNames('%s', [
    [
      '"The 58-year-old, who has voiced cartoon cat Mister Whiskers since 1999, said": the actor',
      [
        'Voice actor Harriet Penhaligon has announced she will retire at the end of the year.',
        'The 58-year-old, who has voiced cartoon cat Mister Whiskers since 1999, said: “It is time for a younger voice.”',
      ],
      'It is time for a younger voice',
      'Harriet Penhaligon',
    ],
  ]);
});

describe('extractQuotes: "the <nationality> <role> <name>" opening a sentence, and "Ahead of…" openers (probe)', () => {
  itNames('%s', [
    [
      '"The Scottish novelist Morag Fairlie spoke…" is her, for a later "she"',
      [
        'The Scottish novelist Morag Fairlie spoke to reporters outside the court on Monday.',
        '“I wrote every word of it myself,” she said.',
      ],
      'I wrote every word of it myself',
      'Morag Fairlie',
    ],
    [
      '"Ahead of the final, sprinter Fatima Benali spoke to us": the interview\'s answers are hers',
      [
        'Ahead of the final, sprinter Fatima Benali spoke to us about pressure.',
        'How do you sleep the night before?',
        '“Badly. I count my strides instead of sheep.”',
        'And after?',
        '“Like a baby, win or lose.”',
      ],
      'Like a baby, win or lose',
      'Fatima Benali',
    ],
  ]);
});

describe('extractQuotes: "the mother of three" may be a woman introduced with "Mrs." and her name in full (probe)', () => {
  itNames('%s', [
    [
      'a courtesy title is no office, and "Mrs. <given> <surname>" shows her gender',
      [
        'Mrs. Ifeoma Adeyemi-Cole, a tomato seller, asked for more time. “Where will we sell if they clear the road?” the mother of three said.',
      ],
      'Where will we sell',
      'Ifeoma Adeyemi-Cole',
    ],
  ]);
});
