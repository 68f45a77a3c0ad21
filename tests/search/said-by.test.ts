import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import { speakerAsked, speaksIn } from '../../src/search/said-by.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { PassageIndex } from '../../src/search/index.js';

describe('speakerAsked', () => {
  it('names whom a "what did X say" question asks about, without titles or "the"', () => {
    expect(speakerAsked('What did Kim Jong Un say to Putin at the spaceport?')).toEqual([
      'Kim',
      'Jong',
      'Un',
    ]);
    expect(speakerAsked('What did President Lai say about Japan?')).toEqual(['Lai']);
    expect(speakerAsked('What did the European Union say about the statement?')).toEqual([
      'European',
      'Union',
    ]);
  });

  it('asks nothing of other questions, nor of a speaker it cannot name', () => {
    expect(speakerAsked('What did Xi and Putin drink?')).toBeNull();
    expect(speakerAsked('What did the officials say?')).toBeNull();
  });
});

describe('speaksIn', () => {
  it('finds a reporting verb beside the name, before or after it, in its sentence', () => {
    expect(speaksIn('“…,” Galauskas said.', ['Galauskas'])).toBe(true);
    expect(speaksIn('“…,” said Richard McGregor, senior fellow.', ['McGregor'])).toBe(true);
    expect(speaksIn('The plan is sound, according to Song.', ['Song'])).toBe(true);
    expect(
      speaksIn('Galauskas said the trip echoed when Putin hosted Kim Jong Un.', ['Kim', 'Jong']),
    ).toBe(false);
  });

  it('takes a pronoun’s attribution when the passage or the paragraph before names them', () => {
    const continued = '“This visit is a clear sign,” he added.';
    expect(speaksIn(continued, ['Galauskas'], 'Marcus Galauskas said it was symbolic.')).toBe(true);
    expect(speaksIn(continued, ['Galauskas'], 'Richard McGregor said it was symbolic.')).toBe(
      false,
    );
  });
});

describe('answerQuestion: what someone said', () => {
  let index: PassageIndex;
  beforeAll(async () => {
    index = PassageIndex.build((await loadCorpus('seeds')).articles);
  });

  it('is silent when no passage shows the person speaking', () => {
    expect(
      answerQuestion(index, 'What did Kim Jong Un say to Putin at the spaceport?').results,
    ).toEqual([]);
  });

  it('answers with the passages where they speak', () => {
    const { results } = answerQuestion(index, 'What did Galauskas say about North Korea?');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.excerpt).toMatch(/North Korea/);
    expect(results[0]!.passage).toMatch(/Galauskas said/);
  });
});

describe('speaksIn: names as questions spell them', () => {
  it('without diacritics or one letter off', () => {
    expect(speaksIn('“…,” Galauskas said.', ['Galauskás'])).toBe(true);
    expect(speaksIn('“…,” Galauskas said.', ['Galauskis'])).toBe(true);
    expect(speaksIn('“…,” Kowalski said.', ['Galauskis'])).toBe(false);
  });
});
