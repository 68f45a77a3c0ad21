// The questions issue 11 quotes, asked of the shipped seed articles: each failed before the meaning
// step (a paraphrase, a misspelling, an unknown word, a near-topic question the corpus can't answer).
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, searchedWords } from '../../../src/answers/ask.js';
import { loadCorpus } from '../../../src/corpus/index.js';
import { PassageIndex } from '../../../src/search/index.js';
import { parseQuery } from '../../../src/search/query.js';
import { OPEN_FLOORS, rank } from '../../../src/search/ranking.js';

let index: PassageIndex;

beforeAll(async () => {
  const { articles } = await loadCorpus('seeds');
  index = PassageIndex.build(articles);
});

const ask = (question: string) => answerQuestion(index, question, { k: 3 }).results;

const HARBIN_SCHOOL = /Harbin Institute of Technology/;

describe('questions asked in other words than the article’s', () => {
  it('“Which school did the Russian leader tour in Harbin?” has Harbin Institute of Technology in the top 3', () => {
    const passages = ask('Which school did the Russian leader tour in Harbin?').map(
      (r) => r.passage,
    );
    expect(
      passages.some((p) => HARBIN_SCHOOL.test(p)),
      passages.join('\n---\n'),
    ).toBe(true);
  });

  // "College" is in no seed article; the kind of thing a "which" question asks for may be named by
  // one of English's commonest words ("school", "university"), which count for it alone.
  it('“Which college did Putin visit in Harbin?” answers with the school, not silence', () => {
    const [first] = ask('Which college did Putin visit in Harbin?');
    expect(first?.passage).toMatch(/school|university|Institute/);
    expect(first?.related?.map(([asked]) => asked)).toContain('colleg');
  });

  // "Wich" is read as "which", so "colege" (corrected to "college") is the kind asked for: the
  // misspelt question answers as the spelt one does instead of going silent.
  it('“Wich colege did Putn vist in Harbin?” answers as “Which college did Putin visit in Harbin?”', () => {
    const misspelt = ask('Wich colege did Putn vist in Harbin?').map((r) => r.passage);
    expect(misspelt.length).toBeGreaterThan(0);
    expect(misspelt).toEqual(ask('Which college did Putin visit in Harbin?').map((r) => r.passage));
    // Only a misspelt which or what names a kind: "Hwo old…" asks for no kind "old".
    expect(parseQuery('Hwo old was Putin in 2000?', index).meaning?.kind).toBeNull();
  });

  // The README's first example: the article calls the school "the trip to Harbin Institute of
  // Technology", "the school", "the academy", "the institute". The passages that say "university"
  // and "visit" come first, and the first excerpt names the school its descriptions stand for.
  it('“Which university did Putin visit?” names Harbin Institute of Technology in its first excerpt', () => {
    const [first] = ask('Which university did Putin visit?');
    expect(first?.excerpt).toMatch(/\[Harbin Institute of Technology\]/);
    expect(first?.excerpt).toMatch(/\bvisit\b[^]*\buniversity\b/);
  });

  // Misspelt ordinary words as well as the name. "Go to university" reads as studying there: the
  // article's answer is his alma mater, St. Petersburg State University.
  it('“Wher did Puttin go to universty?” finds the university Putin went to', () => {
    const passages = ask('Wher did Puttin go to universty?').map((r) => r.passage);
    expect(
      passages.some((p) => /alma mater/.test(p)),
      passages.join('\n---\n'),
    ).toBe(true);
  });

  it.each(['What did Xi and Putin drink?', 'What did Xi and Putn drinck?'])(
    '“%s” shows the sentence about the drink, not the hug',
    (question) => {
      const [first] = ask(question);
      expect(first, question).toBeDefined();
      expect(first!.excerpt).toMatch(/drank tea|shot of vodka/);
    },
  );

  // The passage names Stalin and says "rule" where the question says "Soviet ruler governed": of
  // the question's words it shares only the name, and it is shown for the related ones.
  it('shows a passage that holds only related words of the question', () => {
    const results = ask('Which Soviet ruler governed longer than Putin?');
    const stalin = results.find((r) => /Stalin/.test(r.passage));
    expect(stalin, results.map((r) => r.passage).join('\n---\n')).toBeDefined();
    expect(stalin?.matched).toEqual(['putin']);
    expect(stalin?.related).toContainEqual(['soviet', 'stalin']);
  });

  it('reads a stop word typed with two letters swapped as the stop word (user test)', () => {
    // "teh" was the question's subject, missing from every passage: silence.
    for (const question of ['Who hugged the Russian leader?', 'What is the Entity List?']) {
      const plain = ask(question);
      expect(plain.length).toBeGreaterThan(0);
      const typed = ask(question.replace('the', 'teh'));
      expect(typed.map((r) => r.passage)).toEqual(plain.map((r) => r.passage));
    }
  });

  it('does not let one unknown word silence what the other words answer', () => {
    const plain = ask('tea vodka');
    const noisy = ask('tea zzzz vodka');
    expect(plain.length).toBeGreaterThan(0);
    expect(noisy.map((r) => r.passage)).toEqual(plain.map((r) => r.passage));
  });

  // Review of a3ac594 (reverted): a capitalised word the corpus lacks is often a misspelt name
  // or a word typed in capitals, not a place it does not cover.
  it.each([
    'What did Putin drink with Xi Jinpeng?',
    'What did Putin DRNIK with Xi?',
    // Misspelt in its first letter, as transliterations are (review).
    'What did Putin and Xi drink at Jhongnanhai?',
  ])('“%s” still answers', (question) => {
    expect(ask(question).length).toBeGreaterThan(0);
  });

  // User test: a name nowhere near any word of the corpus is a place (or person) it does not
  // cover, not noise: the tea at Zhongnanhai is no answer to it. "Paris" was already silent.
  it.each(['What did Putin drink in Inverkip?', 'What did Putin drink in Paris?'])(
    '“%s” gets honest silence',
    (question) => {
      expect(ask(question)).toEqual([]);
    },
  );
});

describe('a verb asked in its base form that the articles write irregularly ("drank")', () => {
  it('“Did Putin drink vodka?” answers with the vodka quote, not silence', () => {
    const passages = ask('Did Putin drink vodka?').map((r) => r.passage);
    expect(
      passages.some((p) => /shot of vodka/.test(p)),
      passages.join('\n---\n'),
    ).toBe(true);
  });

  it('matches "drink" in the passage that says "drank", as a word it holds', () => {
    const tea = ask('Did Xi and Putin drink tea?').find((r) => /drank tea/.test(r.passage));
    expect(tea?.matched).toContain('drank');
    expect(tea?.excerpt).toMatch(/drank tea/);
  });
});

describe('a word the articles only write in a longer form ("northeast" of "northeastern")', () => {
  it('“What did Putin do in the northeast?” finds the trade fair in the northeastern city first', () => {
    const [first] = ask('What did Putin do in the northeast?');
    expect(first?.passage).toMatch(/trade fair in the northeastern Chinese city/);
    expect(first?.matched).toContain('northeastern');
  });

  // "rocket" and "missile" begin with "rock" and "miss" and mean something else; "art" is too short
  // to stand for anything longer ("article").
  it.each([
    ['Did a rock band play for Putin?', 'rocket'],
    ['What art did Xi show Putin?', 'articl'],
    ['Did Xi miss Putin?', 'missil'],
    // A review at a floor of 0.6 found these: "everything" 0.65, "greater" 0.62, "exposure" 0.64,
    // "applicable" 0.67.
    ['Has Putin ever been to Harbin?', 'everyth'],
    ['Is Russia a great power?', 'greater'],
    ['Did the report expose Chinese spies?', 'exposur'],
    ['Did the sanctions apply to Chinese banks?', 'applic'],
  ])('“%s” is not searched as “%s”', (question, longer) => {
    expect(parseQuery(question, index).terms.map((t) => t.term)).not.toContain(longer);
  });
});

describe('a noun whose verb has an irregular past is not searched as that past (review)', () => {
  it('“Is there lead in Chinese weapons?” is not answered by “led to”', () => {
    const passages = ask('Is there lead in Chinese weapons?').map((r) => r.passage);
    expect(passages.filter((p) => /\bled to\b/.test(p))).toEqual([]);
  });
});

describe('near-topic questions the corpus cannot answer', () => {
  it('“What is the weather in Beijing today?” gets honest silence', () => {
    expect(ask('What is the weather in Beijing today?').map((r) => r.excerpt)).toEqual([]);
  });

  // The subject the question names must be in the passage: Galauskas spoke about the visit, not
  // about the weather.
  it('“What did Galauskas say about the weather?” gets honest silence, the visit an answer', () => {
    expect(ask('What did Galauskas say about the weather?')).toEqual([]);
    expect(ask('What did Galauskas say about the visit?')[0]?.excerpt).toMatch(/Galauskas/);
  });

  // The paragraph holding his words names him only as "he": the speaker is no part of the subject.
  it('“What did Galauskas say about technology transfer?” finds his “he added” paragraph', () => {
    expect(ask('What did Galauskas say about technology transfer?')[0]?.excerpt).toMatch(
      /transfer technology/,
    );
  });

  // A subject no word of the corpus holds is missing from every passage, not noise to leave out.
  it('“What did Putin say about Zzyzx?” gets honest silence', () => {
    expect(ask('What did Putin say about Zzyzx?')).toEqual([]);
  });

  // No seed article names Japan; "Asia" is near it in meaning but stands for no name.
  it('“What did Richard McGregor say about Japan?” gets honest silence, about China an answer', () => {
    expect(ask('What did Richard McGregor say about Japan?')).toEqual([]);
    expect(ask('What did Richard McGregor say about China?').length).toBeGreaterThan(0);
  });

  // Every word of it is in the passages ("People's Liberation Army", Putin, Ukraine), but no passage
  // holds both words of the subject it names, and "Putin" does not stand in for "Ukraine".
  it("“What did Putin say about Ukraine's army?” gets honest silence", () => {
    expect(ask("What did Putin say about Ukraine's army?").map((r) => r.excerpt)).toEqual([]);
  });

  // "When…?" and "how many…?" want a date or a number: a passage with none cannot answer them,
  // however many of the question's words it holds (Galauskas and the Atlantic Council do meet).
  it('“When did Galauskas join the Atlantic Council?” gets honest silence, not his quotations', () => {
    expect(ask('When did Galauskas join the Atlantic Council?').map((r) => r.excerpt)).toEqual([]);
    expect(
      ask('How many rockets has Harbin Institute of Technology launched?').map((r) => r.excerpt),
    ).toEqual([]);
  });

  // A passage holding "nuclear" once covers "nuclear", not "warheads" as well (the vectors put the
  // two near): with "warheads" uncovered, "the two nuclear-armed states" is no count of them.
  it('“How many nuclear warheads does Russia have?” gets honest silence', () => {
    const query = parseQuery('How many nuclear warheads does Russia have?', index);
    const found = rank(index, query, { k: 5, weights: OPEN_FLOORS });
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      for (const [asked, related] of s.reasons?.related ?? [])
        expect(
          query.terms.map((t) => t.term),
          `${asked} ~ ${related}`,
        ).not.toContain(related);
    }
    expect(ask('How many nuclear warheads does Russia have?').map((r) => r.excerpt)).toEqual([]);
  });

  // …but the parts of one name stand for each other: "Vladimir" is covered by "Putin" where only
  // "Putin" is written.
  it('“What did Vladimir Putin say about sanctions?” finds him where the article writes “Putin”', () => {
    const [first] = ask('What did Vladimir Putin say about sanctions?');
    expect(first?.excerpt).toMatch(/sanctions/);
    expect(first?.passage).not.toMatch(/Vladimir/);
    expect(first?.related).toContainEqual(['vladimir', 'putin']);
    expect(parseQuery('What did Vladimir Putin say?', index).meaning?.oneName).toEqual([
      ['vladimir', 'putin'],
    ]);
    expect(parseQuery('Did Xi and Putin drink tea?', index).meaning?.oneName).toEqual([]);
    // Not across punctuation; and the name asked for is one however it is typed (review).
    expect(parseQuery('Did Xi, Putin drink tea?', index).meaning?.oneName).toEqual([]);
    const [lower] = ask('What did vladimir putin say about sanctions?');
    expect(lower?.excerpt).toMatch(/sanctions/);
    expect(lower?.related).toContainEqual(['vladimir', 'putin']);
  });

  it('a “when” or “how much” question the passages date or count is still answered', () => {
    expect(ask('When did Putin visit Harbin?')[0]?.passage).toMatch(/Harbin/);
    expect(ask('How much trade do Moscow and Beijing want by 2020?')[0]?.excerpt).toMatch(
      /200 billion/,
    );
  });
});

describe('the README examples', () => {
  it.each([
    ['What did Xi and Putin drink?', /drank tea/],
    [
      'Which school did the Russian leader tour in Harbin?',
      /school|Harbin Institute of Technology/,
    ],
    ['Which waters do Beijing and Washington quarrel over?', /South China Sea/],
    ['What did the Russian leader say about Xi?', /Putin told/],
    ["Who is Taiwan's president?", /President William Lai/],
  ])('“%s” puts the right passage first', (question, answer) => {
    const [first] = ask(question);
    expect(first?.passage, question).toMatch(answer);
  });

  it('says which question words a passage matched and which it holds related words for', () => {
    const results = ask('Which school did the Russian leader tour in Harbin?');
    const trip = results.find((r) => r.related?.some(([, held]) => held === 'trip'));
    expect(trip?.matched).toEqual(expect.arrayContaining(['russian', 'harbin']));
    expect(trip?.related).toContainEqual(['tour', 'trip']);
  });
});

// Discord text carries addressing: "@everyone", a member's or role's mention ("<@123…>"), a
// channel's or a custom emoji's markup. It is no word of the question, and counted as one it made
// a question the corpus answers go silent ("everyone" and the id's digits weighed as terms).
describe('questions carrying Discord mentions', () => {
  it.each([
    ['@everyone What did Xi and Putin drink?', 'What did Xi and Putin drink?'],
    ['<@123456789012345678> What did Xi and Putin drink?', 'What did Xi and Putin drink?'],
    [
      'What did Xi and Putin drink? <@&987654321098765432> <#112233445566778899>',
      'What did Xi and Putin drink?',
    ],
    ['<:tea:123456789012345678> What did Xi and Putin drink?', 'What did Xi and Putin drink?'],
    // A link pasted with the question (user test): its parts are no words of it either, and
    // weighed as terms the corpus lacks they silenced "What did Putin drink?".
    ['What did Putin drink? https://evil.example/x?utm=1', 'What did Putin drink?'],
    ['What did Putin drink? <https://evil.example>', 'What did Putin drink?'],
    ['What did Putin [drink](https://evil.example)?', 'What did Putin drink?'],
    // Without a scheme too: "www." or a domain with a path, as people paste them.
    ['What did Putin drink? www.reuters.com/world/putin-xi-tea-2024', 'What did Putin drink?'],
    ['What did Putin drink? apnews.com/article/putin-china-7f3e', 'What did Putin drink?'],
    // Not capitalised words run together with a slash (review). (Not "What did Putin say about…":
    // no passage shows Putin speaking of it, and such a question is now answered only where he does.)
    [
      'Which university has ties to St.Petersburg/Moscow?',
      'Which university has ties to St. Petersburg / Moscow?',
    ],
  ])('“%s” answers as “%s”', (question, without) => {
    const plain = ask(without);
    expect(plain.length).toBeGreaterThan(0);
    expect(ask(question).map((r) => r.passage)).toEqual(plain.map((r) => r.passage));
  });

  it('says a question of mentions alone has no words, and keeps the question as asked', () => {
    expect(() => ask('@everyone <@123456789012345678>')).toThrow(/no words to search for/);
    expect(() => ask('https://evil.example/putin')).toThrow(/no words to search for/);
    expect(() => ask('www.evil.example/putin')).toThrow(/no words to search for/);
    expect(answerQuestion(index, '@everyone What did Xi and Putin drink?').question).toBe(
      '@everyone What did Xi and Putin drink?',
    );
  });
});

// A message to the bot is often framed as one: a greeting, the bot addressed, "please", "thanks".
// Searched for, "please", "hi" or "thanks" weighed as words the corpus lacks and silenced
// questions it answers ("What did Xi drink, please?" said nothing).
describe('questions framed as a message to the bot', () => {
  it.each([
    ['hey bot, what did Xi drink?', 'what did Xi drink?'],
    ['Footnote, what did Xi drink?', 'what did Xi drink?'],
    ['What did Xi drink, please?', 'What did Xi drink?'],
    ['please tell me what Xi drank', 'tell me what Xi drank'],
    ['What did Xi drink? Thanks!', 'What did Xi drink?'],
    ['hi, where did Putin go?', 'where did Putin go?'],
  ])('“%s” answers as “%s” does', (framed, plain) => {
    const expected = ask(plain).map((r) => r.passage);
    expect(expected.length).toBeGreaterThan(0);
    expect(ask(framed).map((r) => r.passage)).toEqual(expected);
  });

  // A reviewer's questions: each word here is asked about, not a courtesy ("Hey," alone is one).
  it.each([
    ['Who said thanks?', 'Who said thanks?'],
    ['Bot attacks on Discord?', 'Bot attacks on Discord?'],
    ['Hi-tech exports to Russia?', 'Hi-tech exports to Russia?'],
    ['Who did Xi please?', 'Who did Xi please?'],
    ['How can you please everyone in the caucus?', 'How can you please everyone in the caucus?'],
    ['OK Corral: what happened?', 'OK Corral: what happened?'],
    ['Hey Jude royalties dispute?', 'Hey Jude royalties dispute?'],
    ['Please Please Me reissue?', 'Please Please Me reissue?'],
    ['Who did the U.S. thank', 'Who did the U.S. thank'],
    ['Hey, bot traffic on X rose, why?', 'bot traffic on X rose, why?'],
    ['What did @Herefordshire council say?', 'What did @Herefordshire council say?'],
    // A mention as an owner keeps a word: "'s president" would ask for any president.
    ["What did @everyone's president say?", "What did everyone's president say?"],
    ["What did @here's president say?", "What did someone's president say?"],
    ['What did <@123456789012345678>’s lawyer say?', 'What did someone’s lawyer say?'],
  ])('searches “%s” as “%s”', (question, searched) => {
    expect(searchedWords(question)).toBe(searched);
  });

  it('says a greeting alone has no words to search for', () => {
    expect(() => ask('Hello bot!')).toThrow(/no words to search for/);
  });
});
