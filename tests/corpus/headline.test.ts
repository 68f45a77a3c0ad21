import { describe, expect, it } from 'vitest';
import { chooseHeadline, type HeadlineClues } from '../../src/corpus/headline.js';

describe('chooseHeadline', () => {
  it.each<[string, HeadlineClues, { title?: string; siteName?: string }]>([
    [
      // User test (c7/page.html): the <title> shortens the headline and adds the site's name.
      'the <h1> when the <title> shortens it and adds the site',
      {
        stated: ['Storm Knocks Out Power - Valley Times', 'Storm Knocks Out Power - Valley Times'],
        h1: 'Storm Knocks Out Power to 30,000 Homes',
      },
      { title: 'Storm Knocks Out Power to 30,000 Homes', siteName: 'Valley Times' },
    ],
    [
      'the <h1> that og:title repeats, the site from the <title>',
      {
        stated: ['Council Approves Budget', 'Council Approves Budget | City News'],
        h1: 'Council Approves Budget',
      },
      { title: 'Council Approves Budget', siteName: 'City News' },
    ],
    [
      'the <h1> after the site, when the site comes first',
      { stated: ['City News » Council approves budget'], h1: 'Council approves budget' },
      { title: 'Council approves budget', siteName: 'City News' },
    ],
    [
      'not a logo <h1>: the <title> without it',
      { stated: ['Storm Knocks Out Power - Valley Times'], h1: 'Valley Times' },
      { title: 'Storm Knocks Out Power', siteName: 'Valley Times' },
    ],
    [
      'not an <h1> naming the stated site',
      {
        stated: ['Storm Knocks Out Power | Valley Times'],
        h1: 'Valley Times',
        siteName: 'Valley Times',
      },
      { title: 'Storm Knocks Out Power', siteName: 'Valley Times' },
    ],
    [
      'not a section <h1> unrelated to the title',
      { stated: ['Storm Knocks Out Power - Valley Times'], h1: 'News' },
      { title: 'Storm Knocks Out Power - Valley Times' },
    ],
    [
      'the stated title without og:site_name, when there is no <h1>',
      { stated: ['Storm Knocks Out Power | Valley Times'], siteName: 'Valley Times' },
      { title: 'Storm Knocks Out Power', siteName: 'Valley Times' },
    ],
    [
      'a stated title whole when nothing says which part is the site',
      { stated: ['Ukraine war - live updates'] },
      { title: 'Ukraine war - live updates' },
    ],
    [
      'a headline that merely shares a short start with the <h1>',
      { stated: ['City council meets - Valley Times'], h1: 'City news in brief' },
      { title: 'City council meets - Valley Times' },
    ],
    [
      // Review of b3a18f7: a short headline beside a longer site name is no logo.
      'the <h1> shorter than the site name after it',
      { stated: ['Fire closes I-5 | The Seattle Times'], h1: 'Fire closes I-5' },
      { title: 'Fire closes I-5', siteName: 'The Seattle Times' },
    ],
    [
      'the <h1> before a section and the site',
      { stated: ['Budget vote delayed - Politics - Valley Times'], h1: 'Budget vote delayed' },
      { title: 'Budget vote delayed', siteName: 'Valley Times' },
    ],
    ['nothing, when nothing is stated', { stated: [undefined], h1: undefined }, {}],
  ])('takes %s', (_, clues, expected) => {
    const chosen = chooseHeadline(clues);
    expect(chosen.title).toBe(expected.title);
    expect(chosen.siteName).toBe(expected.siteName);
  });
});
