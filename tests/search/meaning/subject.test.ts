import { describe, expect, it } from 'vitest';
import { askedSubject } from '../../../src/search/meaning/subject.js';

const common = new Set(['peopl', 'monei']);
const isCommon = (term: string): boolean => common.has(term);

describe('askedSubject', () => {
  it.each([
    ["What did Putin say about Ukraine's army?", ['ukrain', 'armi']],
    ['What did Donald Trump say about Putin’s trip to Harbin?', ['putin', 'trip']],
    ['What did the European Union say about the joint statement?', ['joint', 'statement']],
    ['How did Xi feel about the visit?', ['visit']],
    // The question's tokenizer: quotation marks, brackets and hyphens are not part of a term, and
    // a clause break ends the topic.
    ['What did Putin, speaking in Harbin, say about “the West”?', ['west']],
    ['What did analysts say about (Ukrainian) refugees?', ['ukrainian', 'refuge']],
    ['What did Lee say about U.S. sanctions?', ['sanction']],
    ['What did Lee say about COVID-19 rules?', ['covid', '19']],
    ['What did Lee say about the war, and why?', ['war']],
    ['How many soldiers serve in the army?', ['soldier']],
    ['How many nuclear warheads does Russia have?', ['nuclear']],
    // Questions that name no subject this way.
    ['How much does a ticket cost?', []],
    ['How many people live in Taipei?', []],
    ['How much money did the fair make?', []],
    ['Who spoke at the convention about chaos?', []],
    ['What is the weather in Beijing today?', []],
  ])('“%s” asks about %j', (question, terms) => {
    expect(askedSubject(question, isCommon)).toEqual(terms);
  });
});
