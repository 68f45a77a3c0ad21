import { describe, expect, it } from 'vitest';
import { additionToRemove } from '../../src/cli/remove-target.js';
import type { SourceEntry } from '../../src/engine/api.js';

const GUILD = '111111111111111111';
const OTHER = '222222222222222222';
const LIGHTHOUSE = 'lighthouse-keeper-retires-2a9b551c9a';
const HARBOUR = 'harbour-report-0c1d2e3f4a';
const TIDES = 'tide-tables-1111111111';

/** A listing entry: a shared article, or with `guild` one of that server's additions. */
function entry(name: string, guild?: string, story = ''): SourceEntry {
  const file = guild ? `guild:${guild}/${name}` : name;
  const counts = { paragraphs: 1, passages: 1, quotes: 0 };
  return { id: `${file}${story}`, title: name, source: name, file, ...counts, guild, name };
}

const sources = [
  entry('a.txt'),
  entry(`${LIGHTHOUSE}.md`, GUILD),
  entry(`${HARBOUR}.md`, GUILD),
  entry(`${HARBOUR}.md`, GUILD, '#2'),
  entry(`${TIDES}.md`, GUILD),
  entry(`${TIDES}.html`, GUILD),
  entry('ferry-strike-9f8e7d6c5b.md', OTHER),
];

describe('additionToRemove', () => {
  it.each([
    ['its id', `guild:${GUILD}/${LIGHTHOUSE}.md`, `${LIGHTHOUSE}.md`],
    ['its name', `${LIGHTHOUSE}.md`, `${LIGHTHOUSE}.md`],
    ['a later story of a file', `${HARBOUR}.md#2`, `${HARBOUR}.md#2`],
    ['its name without the extension', LIGHTHOUSE, `${LIGHTHOUSE}.md`],
    ['its id without the extension', `guild:${GUILD}/${LIGHTHOUSE}`, `${LIGHTHOUSE}.md`],
    // Two stories, one file: still one addition to take out.
    ['a file of two stories, without the extension', HARBOUR, `${HARBOUR}.md`],
  ])('finds an addition by %s', (_label, typed, name) => {
    expect(additionToRemove(typed, GUILD, sources)).toBe(name);
  });

  it.each([
    ['a typo in the hash', `${LIGHTHOUSE.slice(0, -1)}b`, [`${LIGHTHOUSE}.md`]],
    ['the start of a name', 'lighthouse-keeper', [`${LIGHTHOUSE}.md`]],
    ['a name two files share but for the extension', TIDES, [`${TIDES}.html`, `${TIDES}.md`]],
    ['nothing like any addition', 'zebra', []],
    ["another server's addition", 'ferry-strike-9f8e7d6c5b.md', []],
    ['a shared article', 'a.txt', []],
  ])('refuses %s, naming the command that lists additions', (_label, typed, near) => {
    const guess = near.length ? `did you mean ${near.join(' or ')}? ` : '';
    expect(() => additionToRemove(typed, GUILD, sources)).toThrow(
      `This server has no added article "${typed}"; ${guess}` +
        `footnote sources --guild ${GUILD} lists what it has added.`,
    );
  });
});
