import { describe, expect, it } from 'vitest';
import { useEngine } from '../helpers/engine.js';

// A reviewer's short articles (tests/fixtures/review), each showing a way the answers of session
// 61 first went wrong: quotations matched by words written outside marks, topics read from other
// people's quotations, lowercase bodies, straight quotes.
describe('answers on the review articles', () => {
  const engineOf = useEngine('tests/fixtures/review');
  const first = (question: string): string => engineOf().ask(question).results[0]?.excerpt ?? '';
  const quoted = (speaker: string, about: string): string[] =>
    engineOf()
      .quote(speaker, { about })
      .quotes.map((q) => q.quote);

  it('signs an excerpt only with the quotation it opens inside, found after its mark', () => {
    // "Peace is possible, the Turkish mediators insisted…": Zelensky's words, not in marks.
    expect(first('What did the Turkish mediators say?')).toMatch(/mediators insisted/);
    expect(first('What did the Turkish mediators say?')).not.toMatch(/Zelensky/);
    // Galauskas's quotation followed by Lavrov's: no name at the end that would sign Lavrov's.
    const visit = first('Who said the visit is a symbolic sign?');
    expect(visit).toMatch(/said Sergei Lavrov/);
    expect(visit).not.toMatch(/— Marcus Galauskas/);
  });

  it('reads a topic in the sentence reporting the quotation, not in other quotations or sentences', () => {
    // "Trade with China, which… describe as a reliable partner…": not Putin's quotation's sentence.
    expect(quoted('Putin', 'trade')).not.toContain('a reliable partner in difficult times');
    // "“…relations with Kyiv,” Vladimir Putin said, while Volodymyr Zelensky answered: “…Crimea.”"
    expect(quoted('Putin', 'Crimea')).toEqual([]);
    expect(quoted('Zelensky', 'relations')).toEqual([]);
    // A quotation about the weather beside a report about sanctions stays off the topic.
    const siluanov = engineOf().quote('Siluanov', { about: 'sanctions' });
    expect(siluanov.quotes).toEqual([]);
    expect(siluanov.reported?.map((r) => r.excerpt).join(' ')).toMatch(/sanctions|restrictions/);
  });

  it('finds bodies the articles write in lowercase, asked with capitals or not', () => {
    expect(first('What did the Foreign Ministry say?')).toMatch(/foreign ministry said/);
    expect(engineOf().quote('foreign ministry').reported?.length).toBeGreaterThan(0);
    expect(engineOf().quote('central bank').reported?.length).toBeGreaterThan(0);
  });

  it('opens "what did X say about Y?" on Y, not on X\'s words in marks about something else', () => {
    // "Song Zhongping said the drills… were a warning…" then "“The food at the university canteen
    // was very good,” Mr. Song said.": asked about nothing more, his words in marks answer.
    expect(first('What did Song Zhongping say about the drills?')).toMatch(/^Beijing-based/);
    expect(first('What did Song Zhongping say?')).toMatch(/^“The food at the university canteen/);
  });

  it('takes a reporting verb before a name after a straight quotation mark', () => {
    expect(first('What did Andrew Bailey say?')).toMatch(/said Andrew Bailey/);
  });

  it('reads "the governor of the Bank of England" as the Bank of England’s governor', () => {
    const of = engineOf().quote('the governor of the Bank of England');
    expect(of.speaker).toBe('Andrew Bailey');
    expect(of.quotes.map((q) => q.quote)).toEqual(
      engineOf()
        .quote("the Bank of England's governor")
        .quotes.map((q) => q.quote),
    );
  });
});

// The second review's articles (tests/fixtures/review2): straight quotes, guillemets, single
// quotes, a quotation closed before narrative, one nested inside another, a topic in scare quotes.
describe('answers on the second review articles', () => {
  const engineOf = useEngine('tests/fixtures/review2');
  const first = (question: string): string => engineOf().ask(question).results[0]?.excerpt ?? '';

  it('signs neither narrative after a closed quotation nor an excerpt going on to another', () => {
    expect(first('What did the Turkish mediators say?')).not.toMatch(/Zelensky/);
    expect(first('Who said the visit is a symbolic sign?')).not.toMatch(/— Marcus Galauskas/);
    // A quotation nested inside the speaker's own is still theirs.
    expect(first('Who said the deal is good for farmers?')).toMatch(/” — Marcus Galauskas$/);
  });

  it('takes a verb after a closing guillemet as speech', () => {
    expect(first('What did Emmanuel Macron say?')).toMatch(/said Emmanuel Macron/);
  });

  it('reads no topic in single-quoted words of another, and keeps a topic in scare quotes', () => {
    expect(engineOf().quote('Putin', { about: 'Crimea' }).quotes).toEqual([]);
    const operation = engineOf().quote('Putin', { about: 'special military operation' }).quotes;
    expect(operation.map((q) => q.quote)).toEqual(['We will finish the job we started,']);
  });

  it('ranks a lowercase word that speaks only off the topic as any other question', () => {
    // "The report said the wheat harvest…" speaks, not of Ukraine; the UN report answers.
    expect(first('what did the report say about ukraine?')).toMatch(/grain shipments from Ukraine/);
  });
});

// The third review's article (tests/fixtures/review3): a sentence quoting someone else.
describe('answers on the third review article', () => {
  const engineOf = useEngine('tests/fixtures/review3');

  it('opens "what did X say?" on their report, not on a quotation of someone they answer', () => {
    // "Mr. Song said he disagreed with the minister, who had called the exchange plan “reckless
    // and premature”.": the words in marks are the minister's.
    const [first] = engineOf().ask('What did Song Zhongping say?').results;
    expect(first?.excerpt).toMatch(/^Song Zhongping, a military commentator/);
  });
});
