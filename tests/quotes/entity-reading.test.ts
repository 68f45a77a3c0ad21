import { describe, expect, it } from 'vitest';
import { typeByWords } from '../../src/quotes/entity-reading.js';
import { isNationalBody } from '../../src/quotes/subject.js';

describe('isNationalBody', () => {
  it.each([
    ['Health Canada', true],
    ['Hydro-Québec', true],
    ['Fisheries and Oceans Canada', true],
    ['Immigration, Refugees and Citizenship Canada', true],
    ['Employment and Social Development Canada', true],
    ['Fire and Emergency New Zealand', true],
    ['Statistics New Zealand', true],
    // Regions, places and people are no department.
    ['Atlantic Canada', false],
    ['Southwestern Ontario', false],
    ['Western and Atlantic Canada', false],
    ['Mary and Tom Canada', false],
    ['Canada', false],
    ['Emergency Zealand', false],
  ])('%j → %j', (name, expected) => {
    expect(isNationalBody(name)).toBe(expected);
  });
});

describe('typeByWords', () => {
  it.each([
    ['Fisheries and Oceans Canada', 'organisation'],
    ['Immigration, Refugees and Citizenship Canada', 'organisation'],
    ['Maple Crest Drive', 'place'],
  ])('%j → %j', (name, expected) => {
    expect(typeByWords(name)).toBe(expected);
  });
});
