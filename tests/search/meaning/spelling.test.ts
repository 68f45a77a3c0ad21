import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/index.js';
import { PassageIndex } from '../../../src/search/index.js';
import {
  edits1,
  englishSpelling,
  mendQuestionWord,
  misspeltQuestionWord,
  transposedStopWord,
} from '../../../src/search/meaning/spelling.js';
import { wordVectors } from '../../../src/search/meaning/vectors.js';
import { parseQuery } from '../../../src/search/query.js';
import { lexicalScores, rank } from '../../../src/search/ranking.js';
import { termOf } from '../../../src/text/tokenize.js';

let index: PassageIndex;
beforeAll(async () => {
  index = PassageIndex.build((await loadCorpus('seeds')).articles);
});

describe('edits1', () => {
  it('holds deletions, transpositions, substitutions and insertions, not the word itself', () => {
    const e = edits1('tea');
    for (const w of ['ea', 'eta', 'sea', 'team', 'tear']) expect(e.has(w), w).toBe(true);
    expect(e.has('tea')).toBe(false);
  });
});

describe('spelling of ordinary words', () => {
  const vectors = wordVectors()!;

  it.each([
    ['drinck', 'drink'],
    ['weathr', 'weather'],
  ])('reads “%s” as the English term “%s”', (typed, meant) => {
    expect(vectors.row(typed)).toBe(-1);
    expect(englishSpelling(typed, vectors)).toBe(meant);
  });

  // Stemming can cut a misspelt word short or away from its stem: "colege" stems to "coleg".
  it('reads a word by how it is written when its stem is too short to correct', () => {
    expect(englishSpelling('coleg', vectors)).toBeNull();
    expect(englishSpelling('coleg', vectors, 'colege')).toBe('colleg');
    // A misspelling that is its own term is read so too ("hugegd" was left unknown), by a variant
    // English writes: "hugged" (term "hug"), not "huged" (term "huge", though commoner).
    expect(englishSpelling('hugegd', vectors)).toBe('hug');
    // The review of 56d8f04: a written form its stem changes is read as before, by any variant
    // ("ukrine" is Ukraine, "bijing" Beijing, not "urin" and "bike").
    for (const [typed, meant] of [
      ['ukrine', 'ukrain'],
      ['bijing', 'beij'],
      ['acessing', 'access'],
    ] as const)
      expect(englishSpelling(termOf(typed)!, vectors, typed)).toBe(meant);
    const hug = parseQuery('Who hugegd Putin?', index);
    expect(hug.terms.map((t) => t.term)).toEqual(['hug', 'putin']);
    const q = parseQuery('Wich colege did Putn vist in Harbin?', index);
    expect(q.meaning?.corrected).toContainEqual(['coleg', 'colleg']);
    expect(q.meaning?.ignored).toEqual(['wich']);
  });

  it('leaves short words alone (one letter makes another word)', () => {
    expect(englishSpelling('covid', vectors)).toBeNull();
  });

  it('corrects misspelt question words against the corpus, then English', () => {
    const q = parseQuery('Wher did Puttin go to universty and what did Putn drinck?', index);
    // "drink" as the seeds write it: "drank".
    expect(q.terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['putin', 'univers', 'drank']),
    );
    expect(q.meaning?.corrected).toContainEqual(['drinck', 'drink']);
  });

  // "wich" and "vist" are rows of the vector table, but among its rarest: typos more often than words.
  it('reads rare short words as typos: a misspelt question word leaves, a corpus word is fixed', () => {
    const q = parseQuery('Wich school did Putn vist?', index);
    expect(q.terms.map((t) => t.term)).toEqual(['school', 'putin', 'visit']);
    expect(q.meaning?.ignored).toEqual(['wich']);
  });

  it.each([
    ['wich', true],
    ['wher', true],
    ['visit', false],
    ['vist', false],
    // One edit from a stop word, but not from a question word: a name, and a typo of "trip".
    ['thao', false],
    ['thip', false],
  ])('“%s” is one edit from a question word: %s', (term, expected) => {
    expect(misspeltQuestionWord(term)).toBe(expected);
  });

  it.each([
    ['teh', true],
    ['adn', true],
    ['taht', true],
    // Other edits make stop words of names and typos too; one letter swapped with itself is none.
    ['thao', false],
    ['thip', false],
    ['tee', false],
    ['of', false],
  ])('“%s” is a stop word with two letters swapped: %s', (term, expected) => {
    expect(transposedStopWord(term)).toBe(expected);
  });

  it.each([
    ['wat did Putin say about Xi?', 'what did Putin say about Xi?'],
    ['Wher is Harbin?', 'Where is Harbin?'],
    ['hw many missiles?', 'how many missiles?'],
    ['¿whn was it?', '¿when was it?'],
    // Not before a word a question opens on, nor a word the corpus writes, nor one edit from two.
    ['Wat Arun is where?', 'Wat Arun is where?'],
    ['wat did the temple say?', 'wat did the temple say?'],
    ['ho is it?', 'ho is it?'],
    // Nor a stop word, which the corpus never holds as a term.
    ['There are how many submarines?', 'There are how many submarines?'],
    ['Were many soldiers killed?', 'Were many soldiers killed?'],
  ])('reads “%s” as “%s”', (question, read) => {
    // "wat" is a corpus word in the question about a temple.
    const inCorpus = (word: string): boolean => word === 'wat' && question.includes('temple');
    expect(mendQuestionWord(question, inCorpus)).toBe(read);
  });

  it('answers a question opening on a misspelt question word as the question spelt right', () => {
    // "wat" is an English word (a temple), so the word tables alone kept it and missed it.
    const asked = rank(index, parseQuery('wat did Putin say about Xi?', index));
    const spelt = rank(index, parseQuery('what did Putin say about Xi?', index));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.map((s) => s.entry.passage.id)).toEqual(spelt.map((s) => s.entry.passage.id));
  });

  // Rare in English, but written as names: kept as asked, not turned into "china" or "cia".
  it.each([
    ['Did Chinh meet Xi?', 'chinh'],
    ['What did CISA warn about Beijing?', 'cisa'],
    ['What did Thao say about the visit?', 'thao'],
  ])('“%s” keeps the name %s', (question, name) => {
    const q = parseQuery(question, index);
    expect(q.terms.map((t) => t.term)).toContain(name);
    expect(q.meaning?.corrected).toEqual([]);
  });

  it('mends a typo one edit from a stop word against the corpus ("thip")', () => {
    const q = parseQuery('Why did Putin make the thip?', index);
    expect(q.meaning?.corrected).toContainEqual(['thip', 'trip']);
  });

  it('leaves a word nobody knows out beside two known ones, and keeps it when it is the subject', () => {
    expect(parseQuery('tea zzzz vodka', index).meaning?.ignored).toEqual(['zzzz']);
    expect(parseQuery('zzzz vodka', index).terms.map((t) => t.term)).toContain('zzzz');
  });
});

describe('rescoring by meaning', () => {
  it('never lets a related word outrank a passage holding every question term', () => {
    for (const question of ['tea vodka', 'Who is Wei Fenghe?', 'Harbin Institute of Technology']) {
      const query = parseQuery(question, index);
      const exact = lexicalScores(index, query).filter((s) => s.coverage === 1);
      const [first] = rank(index, parseQuery(question, index), { k: 1 });
      if (exact.length > 0) expect(first?.coverage, question).toBe(1);
    }
  });
});
