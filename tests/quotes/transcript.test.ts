import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { labelAsName, transcriptLines } from '../../src/quotes/transcript.js';
import { article } from './fixtures.js';

/** Each quotation of an article made of `paragraphs`, as [text, speaker]. */
const quotes = (...paragraphs: string[]): [string, string | null][] =>
  extractQuotes(article('t.txt', 'Test', ...paragraphs)).map((q) => [q.text, q.speaker]);

/** Each quotation's speaker, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  quotes(...paragraphs).map(([, speaker]) => speaker);

describe('interview transcripts without quotation marks', () => {
  it('keeps an answer that quotes someone, and leaves the words it quotes to no one (user review)', () => {
    expect(
      quotes(
        'The Harbour Gazette sat down with Ines Marlowe, the new head of the ferry service. The interview has been edited for length and clarity.',
        'Q: What surprised you most?',
        'A: How many people ride the early boat. Every seat is taken by six.',
        'Q: Is the island route closing?',
        "A: Not while I am here. I've heard people say, \"They're scrapping the island run,\" and it simply isn't true. We are buying a second boat.",
        'Q: When does it arrive?',
        'A: In the spring, if the yard keeps its word.',
      ),
    ).toEqual([
      ['How many people ride the early boat. Every seat is taken by six.', 'Ines Marlowe'],
      ["They're scrapping the island run,", null],
      [
        "Not while I am here. I've heard people say, \"They're scrapping the island run,\" and it simply isn't true. We are buying a second boat.",
        'Ines Marlowe',
      ],
      ['In the spring, if the yard keeps its word.', 'Ines Marlowe'],
    ]);
  });

  it('reads a broadcast transcript whose host is labelled with the role, names in capitals as names', () => {
    expect(
      quotes(
        'DANA WHITCOMB, HOST: Joining me now is Dr. Tariq Mansour, an epidemiologist at McGill. Welcome.',
        'TARIQ MANSOUR: Thanks for having me.',
        'WHITCOMB: How worried should people be about this variant?',
        'MANSOUR: Honestly, not very. The early data suggest it spreads faster, but not that it is worse.',
      ),
    ).toEqual([
      [
        'Joining me now is Dr. Tariq Mansour, an epidemiologist at McGill. Welcome.',
        'Dana Whitcomb',
      ],
      ['Thanks for having me.', 'Tariq Mansour'],
      ['How worried should people be about this variant?', 'Dana Whitcomb'],
      [
        'Honestly, not very. The early data suggest it spreads faster, but not that it is worse.',
        'Tariq Mansour',
      ],
    ]);
  });

  it('gives a label of initials to the one person the introduction names with them', () => {
    expect(
      quotes(
        'Niamh Gallagher’s first novel follows a family of lighthouse keepers. She spoke to us from Galway. This interview has been edited for length.',
        'Q. Why a lighthouse?',
        'N.G.: Because I grew up in one. My father was the last keeper on that coast.',
        'Q. Did you miss it?',
        'N.G.: Every day. I still wake at four to check a light that is not there.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Niamh Gallagher', 'Niamh Gallagher']);
  });

  it('gives "A:" answers to the person the introduction is about, not to the reporter', () => {
    expect(
      quotes(
        'Dr. Imogen Castellanos runs the poison control centre at St. Brendan Hospital. She spoke with reporter Colin Ferrante about mushroom season.',
        'Q: How many calls do you get in October?',
        'A: About three times the summer number. Most are children who ate something in the yard.',
        'Q: What should parents do first?',
        'A: Call us before you call anyone else. Keep the mushroom in a paper bag.',
      ),
    ).toEqual([
      [
        'About three times the summer number. Most are children who ate something in the yard.',
        'Imogen Castellanos',
      ],
      [
        'Call us before you call anyone else. Keep the mushroom in a paper bag.',
        'Imogen Castellanos',
      ],
    ]);
  });

  it('reads surnames as labels, in capitals too, and finds the full name a sentence opened on', () => {
    // "Hoang" is in no list of given names: only the label shows "Hoang Bui" is a name.
    const found = quotes(
      'Hoang Bui builds violins in a workshop above a bakery. He talked to host Ruth Abernathy-Clarke and to Father Liam O’Sullivan, who restores church organs.',
      'ABERNATHY-CLARKE: Why spruce for the top?',
      'BUI: Because it rings. Maple is for the back, where you want it to reflect.',
      'O’SULLIVAN: Organ builders say the same about their pipes.',
      'ABERNATHY-CLARKE: Do you ever throw one away?',
      'BUI: Every third one. The wood decides, not me.',
      'O’SULLIVAN: I wish I had that discipline.',
    );
    expect(found).toContainEqual([
      'Because it rings. Maple is for the back, where you want it to reflect.',
      'Hoang Bui',
    ]);
    expect(found).toContainEqual(['I wish I had that discipline.', 'Liam O’Sullivan']);
    expect(found).toContainEqual(['Why spruce for the top?', 'Ruth Abernathy-Clarke']);
    expect(found).toHaveLength(6);
  });

  // Not the reporter the introduction names first, nor a "Summer Olympics" opening it.
  it.each([
    ['Globe reporter Jane Miller spoke with Dr. Ann Lee about the flu season.', 'Ann Lee'],
    [
      'Summer Olympics hopeful Thandeka Mokoena spoke with reporter Jane Miller about training.',
      'Thandeka Mokoena',
    ],
  ])('gives "A:" to the person interviewed: %s', (intro, name) => {
    const found = quotes(
      intro,
      'Q: How has this year been?',
      'A: It is the worst year we have had in a decade.',
      'Q: What comes next?',
      'A: I sleep at nine.',
    );
    expect(found.map(([, speaker]) => speaker)).toEqual([name, name]);
  });

  it('reads a labelled line with quotation marks once, by its marks', () => {
    const found = quotes(
      'Donald Trump and Joe Biden traded insults at their rallies.',
      'Trump: “He is the worst president in history.”',
      'Biden: “He has no idea what he is talking about.”',
      'Trump: “We had the greatest economy.”',
    );
    expect(found.map(([text]) => text)).toEqual([
      'He is the worst president in history.',
      'He has no idea what he is talking about.',
      'We had the greatest economy.',
    ]);
  });

  it('goes on with an answer over the paragraphs before the next label, not past the last one', () => {
    const found = quotes(
      'Dr. Imogen Castellanos runs the poison control centre at St. Brendan Hospital. She spoke with reporter Colin Ferrante.',
      'Q: How many calls do you get in October?',
      'A: About three times the summer number.',
      'Most are children who ate something in the yard.',
      '(Pause.)',
      'Q: What should parents do first?',
      'A: Call us before you call anyone else.',
      'The centre is open around the clock.',
    );
    expect(found).toEqual([
      ['About three times the summer number.', 'Imogen Castellanos'],
      ['Most are children who ate something in the yard.', 'Imogen Castellanos'],
      ['Call us before you call anyone else.', 'Imogen Castellanos'],
    ]);
  });

  it('keeps a transcript in the order of the article among quotations in marks', () => {
    const found = extractQuotes(
      article(
        't.txt',
        'Test',
        '“We never expected the crowds,” said festival director Helena Marchetti.',
        'Marchetti: We sold out the second night in an hour.',
        'Marchetti: We will add a third stage next year.',
      ),
    );
    expect(found.map((q) => q.paragraph)).toEqual([1, 2, 3]);
    expect(found.map((q) => q.speaker)).toEqual([
      'Helena Marchetti',
      'Helena Marchetti',
      'Helena Marchetti',
    ]);
    expect(found[1]?.text).toBe('We sold out the second night in an hour.');
  });

  it.each([
    [
      'a list naming each person once',
      [
        'What each campaign needs from Tuesday, in a phrase.',
        'Sanders: Win in a walk.',
        'Clinton: Keep it close.',
        'Cruz: Just hang on.',
      ],
    ],
    [
      'sections headed by places',
      [
        'The torch passed through many countries, each with its own welcome.',
        'Greece: The flame was lit at Olympia by actress Maria Nafpliotou.',
        'China: In China, the torch was welcomed by Liu Yandong.',
        'China: The torch returned to China in May.',
      ],
    ],
    [
      'tallies by name',
      [
        'Delegates won so far, by candidate.',
        'Clinton: 1,769.',
        'Sanders: 1,501.',
        'Clinton: 2,316.',
      ],
    ],
    [
      'a recap’s team sections',
      [
        'MIAMI (AP) — Jayson Tatum scored 31 points and the Boston Celtics beat the Miami Heat.',
        'Celtics: Boston shot 48% from the field.',
        'Heat: Miami was without Jimmy Butler.',
        'Celtics: Host Philadelphia on Monday night.',
        'Heat: At Atlanta on Tuesday night.',
      ],
    ],
    [
      'an advice column’s letters',
      [
        'Ask Amy, by Amy Dickinson',
        'Dear Amy: My husband and I have been married for 12 years.',
        'Dear Refused: Go without him.',
        'Dear Amy: My sister borrowed $5,000. What should I do?',
      ],
    ],
  ])('reads no transcript in %s', (_, paragraphs) => {
    expect(quotes(...paragraphs)).toEqual([]);
  });
});

describe('interview layouts from a blind probe round', () => {
  it('reads a panel whose guests each answer once, after an introduction presenting it', () => {
    expect(
      quotes(
        'On Tuesday’s edition of City Talk, host Dana Reilly spoke with housing advocate Hamid Farouk and developer Louise Grange.',
        'Reilly: Hamid, what would fix the rental crisis tomorrow?',
        'Farouk: Nothing tomorrow. But rent controls would stop it getting worse.',
        'Grange: And they would stop anyone building anything.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Dana Reilly', 'Hamid Farouk', 'Louise Grange']);
  });

  it('reads one reader’s question and its answer, and "Q." and "A." with full stops', () => {
    expect(
      quotes(
        'This week, our reader questions go to financial planner Donna Reyes.',
        'Q: I have $20,000 in savings. Should I pay off my car loan early?',
        'A: It depends on your interest rate. If your loan charges more than 6 percent, pay it off.',
      ),
    ).toEqual([
      [
        'It depends on your interest rate. If your loan charges more than 6 percent, pay it off.',
        'Donna Reyes',
      ],
    ]);
    expect(
      quotes(
        'Joanna Price became chief executive of Greenway Waste in January. She talked to us about targets.',
        'Q. You missed your recycling target last year. Why?',
        'A. Recycling rates fell because contamination went up.',
      ),
    ).toEqual([['Recycling rates fell because contamination went up.', 'Joanna Price']]);
  });
});

describe('questions and answers with no labels nor note (probe rounds 38 and 39)', () => {
  it('reads them after an introduction presenting an interview, answers speaking as "I" or "we"', () => {
    expect(
      quotes(
        'Five questions with new Dixon State volleyball coach Simone Achebe, hired last month.',
        'What drew you to Dixon State?',
        'The people. Every single player wrote to me after my visit.',
        'What kind of team do you want to build?',
        'Aggressive from the service line. I want us to make teams uncomfortable.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Simone Achebe', 'Simone Achebe']);
    expect(
      quotes(
        'Lena Fairweather has written 11 novels. The Globe spoke with her ahead of her appearance at the Lakehead Writers Festival.',
        'Why was this one so frightening?',
        'Because with a novel, people dislike something I made up.',
        'Did writing it help?',
        'Some days. Other days I would write a page and lie on the kitchen floor.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Lena Fairweather', 'Lena Fairweather']);
  });

  it('reads "X speaks with INTERVIEWER about…" as X’s interview (the interviewer in capitals)', () => {
    expect(
      quotes(
        'Former goalkeeper Emeka Obiorah-Daniels, who runs an academy in Enugu, speaks with ADEKUNLE ADEMOLA about grassroots football',
        'How many players has your academy produced?',
        'Twenty-three of our boys are playing professionally in Europe and Asia.',
        'Why do they disappear?',
        'Money, mostly. Agents come with promises and the boy ends up stranded.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Emeka Obiorah-Daniels', 'Emeka Obiorah-Daniels']);
  });

  it('reads no interview from letters after "spoke with" ("UK PM Keir Starmer")', () => {
    expect(
      quotes(
        'The Taoiseach spoke with UK PM Keir Starmer on Monday about the border.',
        'So what did they agree?',
        'Not much, I suspect. We have heard all this before.',
        'Will it matter?',
        'I doubt it, and so do most voters I meet.',
      ),
    ).toEqual([]);
  });

  it('answers opening on "We" or "Our" speak in the first person too', () => {
    expect(
      quotes(
        'Five questions with new Dixon State volleyball coach Simone Achebe, hired last month.',
        'What drew you here?',
        'We have the best facilities in the conference.',
        'What will win games?',
        'Our serve will win games.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Simone Achebe', 'Simone Achebe']);
  });

  it('not a columnist’s own questions after "I sat down with my accountant"', () => {
    expect(
      quotes(
        'Last week I sat down with my accountant, Maria Lopez, to go over the new tax rules.',
        'Do I need to file differently this year?',
        'I do, it turns out, because I started a side business.',
        'Can I deduct my home office?',
        'I can, but only the share of the house I use for work.',
      ),
    ).toEqual([]);
  });

  // An explainer's answers may be the writer's, addressed to the reader: with no note saying the
  // interview was edited, only answers in the first person are read as the guest's.
  it('not answers that only speak to the reader ("you")', () => {
    expect(
      quotes(
        'Five questions with meteorologist Natalie Hasell about the week ahead in Winnipeg.',
        'How hot will it get?',
        'Forecasters expect highs of 35 C by Thursday, with humidex values near 42.',
        'What should you do?',
        'Drink water before you feel thirsty, and check on neighbours who live alone.',
      ),
    ).toEqual([]);
  });
});

describe('interview layouts of other newsrooms (probe rounds 41 to 50)', () => {
  it.each<[string, string[], (string | null)[]]>([
    [
      'reads "Q:" and "A:" after a dateline with a colon',
      [
        'Pune: Ahead of the civic polls, The Courier spoke to Anjali Deshpande-Rao, the city’s new returning officer, about polling booths.',
        'Q: Will there be enough booths in the new wards?',
        'A: We are adding 140 booths. No voter will walk more than two kilometres.',
        'Q: And the complaints about missing names?',
        'A: Every complaint is checked within a week. I read the reports myself.',
      ],
      ['Anjali Deshpande-Rao', 'Anjali Deshpande-Rao'],
    ],
    [
      'reads "Q:" and "A:" after a court’s questioning',
      [
        'The dangerous-driving trial of a Brandon delivery driver heard Tuesday from the crossing guard on duty that morning.',
        'Crossing guard Marisol Featherstone was questioned by Crown prosecutor Idris Kwarteng.',
        'Q: Where were you standing?',
        'A: At the corner, with my sign up. The van did not slow down.',
        'Q: Did the children reach the curb?',
        'A: Two of them did. I pulled the third one back by her backpack.',
      ],
      ['Marisol Featherstone', 'Marisol Featherstone'],
    ],
    [
      'reads "Q." and "A." after "Five questions for…"',
      [
        'Five questions for school board candidates. This week: Ward 2 challenger Teodora Vasquez, 51, a nurse.',
        'Q. What is the biggest issue in Ward 2?',
        'A. Portables. We have children learning in trailers for their whole primary years.',
        'Q. What would you do first?',
        'A. Get the facilities report in front of parents, not just trustees.',
      ],
      ['Teodora Vasquez', 'Teodora Vasquez'],
    ],
    [
      'gives labels of initials to the one person named with them, a hyphenated name’s parts or not (MVN:)',
      [
        'Margaret Varga-Nwosu, 68, retires this month after 40 years as the town’s librarian. She sat down with reporter Bastien Kerr.',
        'BK: What changed most?',
        'MVN: The questions. People used to ask where a book was. Now they ask how to fill in a form.',
        'BK: Will you miss it?',
        'MVN: Every morning. I already have a key I cannot give back.',
      ],
      ['Bastien Kerr', 'Margaret Varga-Nwosu', 'Bastien Kerr', 'Margaret Varga-Nwosu'],
    ],
    [
      'gives labels of initials to the one person named with them, a hyphenated name’s parts or not (MV:)',
      [
        'Margaret Varga-Nwosu, 68, retires this month after 40 years as the town’s librarian. She sat down with reporter Bastien Kerr.',
        'BK: What changed most?',
        'MV: The questions. People used to ask where a book was. Now they ask how to fill in a form.',
        'BK: Will you miss it?',
        'MV: Every morning. I already have a key I cannot give back.',
      ],
      ['Bastien Kerr', 'Margaret Varga-Nwosu', 'Bastien Kerr', 'Margaret Varga-Nwosu'],
    ],
    [
      'writes a label in capitals as the article wrote the name, "Mc" and all',
      [
        'Darcy McIlwraith-Sefo, a lifeguard who pulled two swimmers from a rip at Bondi, spoke to the ABC.',
        'REPORTER: What did you see first?',
        'DARCY McILWRAITH-SEFO: Two heads, then one. I was in the water before I thought about it.',
        'REPORTER: Were you scared?',
        'DARCY McILWRAITH-SEFO: Afterwards. Not while I was out there.',
      ],
      ['Darcy McIlwraith-Sefo', 'Darcy McIlwraith-Sefo'],
    ],
    [
      'reads unlabelled answers after "She spoke to" the interviewer, the answers hers, not his',
      [
        'The potter Ilse Brandvold-Okoro opens her first solo show at the Harbour Gallery on Saturday. She spoke to Tadhg Mulcahy.',
        'Why clay?',
        'Because it argues back. I tried painting for years and it always did what I told it.',
        'What is the hardest part?',
        'The kiln. I lose one piece in five and I still cry over every one.',
      ],
      ['Ilse Brandvold-Okoro', 'Ilse Brandvold-Okoro'],
    ],
    [
      'reads unlabelled answers after "We caught up with", an answer reporting in its own voice too',
      [
        'Keziah Abernethy-Lund won her fourth national rowing title last weekend. We caught up with the 27-year-old in Hamilton.',
        'How did the final go?',
        'Painful. I went out too hard and paid for it in the last 500 metres.',
        'Your coach says you could row at the Olympics. Do you believe that?',
        'My coach says a lot of things. But I would be lying if I said I never thought about it.',
      ],
      ['Keziah Abernethy-Lund', 'Keziah Abernethy-Lund'],
    ],
    [
      'reads a court’s exchange labelled by honorific and surname',
      [
        'The following exchange took place at Cardiff Crown Court between prosecutor Gethin Rowlands and the defendant, care home manager Marisa Delacroix-Evans.',
        'Mr Rowlands: Two members of staff told you he had not been turned. What did you do?',
        'Ms Delacroix-Evans: I went to check on him myself. He was comfortable.',
        'Mr Rowlands: The nurse described a grade four pressure sore.',
        'Ms Delacroix-Evans: I can only tell you what I saw.',
      ],
      ['Gethin Rowlands', 'Marisa Delacroix-Evans', 'Gethin Rowlands', 'Marisa Delacroix-Evans'],
    ],
    [
      'tells namesakes apart by the honorific of their labels',
      [
        'Declan Byrne opened his butcher’s shop in Tullamore in 1984. This year his daughter, Siobhán Byrne, took over. The Offaly Express spoke to them both.',
        'Reporter: How has the trade changed?',
        'Mr Byrne: Forty years ago people bought a whole lamb for the freezer.',
        'Reporter: And what will you change?',
        'Ms Byrne: We are going to start selling online and doing barbecue boxes.',
      ],
      ['Declan Byrne', 'Siobhán Byrne'],
    ],
    [
      'gives "A:" to the one who spoke, named at a sentence’s opening no list knows',
      [
        'Zarmina Khattak, who became the first woman from Bajaur to qualify as a commercial pilot, spoke to Dawn about her journey. Excerpts:',
        'Q: When did you first decide you wanted to fly?',
        'A: I was eight. I stood at the glass watching the planes for two hours.',
        'Q: How did your family react?',
        'A: My father was supportive from day one.',
      ],
      ['Zarmina Khattak', 'Zarmina Khattak'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('where the new interview rules must not reach (review round 38)', () => {
  it.each<[string, string[], (string | null)[]]>([
    [
      'a surname in capitals is the surname, not someone else’s initials',
      [
        'Irene Ng has run the night market for 20 years. Her deputy, Nick Gray, joined in May. She sat down with us.',
        'Q: Why nights?',
        'NG: Because the city is kinder after dark. People slow down.',
        'Q: And the rent?',
        'NG: Doubled. We will manage, we always do.',
      ],
      ['Irene Ng', 'Irene Ng'],
    ],
    [
      'after a host named first, whom “he spoke with” is the interviewee',
      [
        'Matt Galloway is the host of The Current. He spoke with author Esi Edugyan about her new novel.',
        'Why a ghost story?',
        'Because I wanted to write about what stays. I think we are all haunted by something.',
        'Was it hard to finish?',
        'Very. I rewrote the ending five times before I trusted it.',
      ],
      ['Esi Edugyan', 'Esi Edugyan'],
    ],
    [
      'the article’s prose resuming after the last answer is nobody’s answer',
      [
        'The sculptor Maeve Lyons opens a show at the Hollis Gallery this week. She spoke to Ciarán Daly.',
        'Why bronze?',
        'Because it outlives me. I like that it will still be here.',
        'What comes next?',
        'Gallery director Tom Reilly said our readers would love the show, which runs until May.',
      ],
      ['Maeve Lyons'],
    ],
    [
      'whom the police caught up with gives no interview',
      [
        'Police caught up with the suspect, Dale Fenwick, on the M4 near Reading on Sunday.',
        'Why did he run?',
        'I was scared. I thought they would take the car.',
        'What happens now?',
        'I do not know. My lawyer will tell me.',
      ],
      [],
    ],
    [
      'a lawyer questioning a witness is not the one answering',
      [
        'Under cross-examination by defence barrister Shane Kearney, Lorraine Daly said she had seen the car twice.',
        'Q: How far away were you?',
        'A: About twenty metres. I was at the bus stop.',
        'Q: Was it dark?',
        'A: It was getting dark, but the street lights were on.',
      ],
      ['Lorraine Daly', 'Lorraine Daly'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('whom an interview’s answers are from, when the introduction names someone who gave none', () => {
  const answer = (intro: string): string | null | undefined =>
    quotes(
      intro,
      'Q: Why run now?',
      'A: Because I have lived here forty years and I am tired of waiting.',
    )[0]?.[1];

  it('not someone who did not respond, declined to comment or could not be reached', () => {
    expect(
      answer(
        'Incumbent Leonard Ashby did not respond by deadline. Denise Kowalczyk, 47, is a nurse. This interview has been edited.',
      ),
    ).toBe('Denise Kowalczyk');
    expect(
      answer(
        'Leonard Ashby, the Conservative candidate, declined to comment. Denise Kowalczyk, 47, is a nurse. This interview has been edited.',
      ),
    ).toBe('Denise Kowalczyk');
  });

  it('but the person the story is about, whatever else they declined or did not do', () => {
    expect(
      answer(
        'Joan Whitfield declined to seek a fourth term as mayor. Her successor, Tom Ruiz, takes office Monday. She talked to the Mercury. This interview has been edited.',
      ),
    ).toBe('Joan Whitfield');
    expect(
      answer(
        'Dr. Amara Osei did not respond to the first two rounds of treatment, her oncologist Paul Greer said. This interview has been edited.',
      ),
    ).toBe('Amara Osei');
  });
});

describe('transcriptLines', () => {
  it('needs an interview’s introduction for "Q:" and "A:", or a label twice for a name', () => {
    const everyone = (label: string): string => label;
    const intro = 'Ann Lee spoke with us. This interview has been edited.';
    expect(transcriptLines([intro, 'Q: Why?', 'Nothing else.'], everyone)).toEqual([]);
    expect(transcriptLines([intro, 'Q: Why?', 'A: Because.'], everyone)).toEqual([
      { paragraph: 2, label: 'A', name: null, text: 'Because.' },
    ]);
    // A company's questions and answers present no interview.
    expect(
      transcriptLines(['Acme answers common questions.', 'Q: Why?', 'A: Because.'], everyone),
    ).toEqual([]);
    // After an introduction presenting an interview, a label once is a guest's line too (a panel
    // where each speaks once); without one, Lee's single line is no transcript's.
    expect(
      transcriptLines([intro, 'Kim: I agree.', 'Lee: Not at all.', 'Kim: We agree.'], everyone),
    ).toHaveLength(3);
    // Not a line that describes its bearer or tallies them.
    expect(
      transcriptLines(
        [intro, 'Kim: I agree.', 'Lee: Two goals and an assist.', 'Kim: We agree.'],
        everyone,
      ),
    ).toHaveLength(2);
    expect(
      transcriptLines(['They met.', 'Kim: I agree.', 'Lee: Two.', 'Kim: We agree.'], everyone),
    ).toHaveLength(2);
    expect(transcriptLines([intro, 'Kim: One.', 'Kim: Three.'], () => null)).toEqual([]);
    // "Q." and "A." as some papers set them.
    expect(transcriptLines([intro, 'Q. Why?', 'A. Because.'], everyone)).toEqual([
      { paragraph: 2, label: 'A', name: null, text: 'Because.' },
    ]);
  });

  it('needs lines that speak as people do when no introduction presents an interview', () => {
    const everyone = (label: string): string => label;
    const recap = [
      'Boston beat Miami.',
      'Celtics: Boston shot 48%.',
      'Celtics: Host Philadelphia.',
    ];
    expect(transcriptLines(recap, everyone)).toEqual([]);
    const talk = ['They argued.', 'Kim: I think so.', 'Kim: You are wrong.'];
    expect(transcriptLines(talk, everyone)).toHaveLength(2);
  });

  it('writes a label in capitals as the name is written elsewhere', () => {
    expect(labelAsName('O’DRISCOLL')).toBe('O’Driscoll');
    expect(labelAsName('ABERNATHY-CLARKE')).toBe('Abernathy-Clarke');
    expect(labelAsName('SØRENSEN')).toBe('Sørensen');
    expect(labelAsName('Watanabe')).toBe('Watanabe');
  });
});
