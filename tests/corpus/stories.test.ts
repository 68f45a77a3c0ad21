import { describe, expect, it } from 'vitest';
import { splitStories } from '../../src/corpus/stories.js';

const BODY = 'The two leaders rely on tight security controls to block challenges to their rule.';
const TEASER =
  'CONCERNS: Allowing the government, political parties or the military to own up to 10 percent of a large media firm is a risk Taiwan cannot afford to take, a lawyer said A Chinese Nationalist Party (KMT) legislator has proposed amendments to allow the government to indirectly invest in broadcast media, prompting concerns of';

describe('splitStories', () => {
  it('makes a cut-off teaser with an all-capitals kicker its own story', () => {
    const stories = splitStories([BODY, TEASER]);
    expect(stories).toHaveLength(2);
    expect(stories[0]).toEqual({ paragraphs: [BODY] });
    expect(stories[1]!.title).toMatch(/^CONCERNS: Allowing the government, .*…$/);
    expect(stories[1]!.paragraphs).toEqual([TEASER.slice('CONCERNS: '.length)]);
  });

  it('ends the teaser title at "said" before the lead starts', () => {
    const teaser =
      'CELEBRATION: The PRC could never be the homeland of the people of the ROC, Lai said The People’s Republic of China could not be the “motherland” of the people of the Republic of China, President William Lai said yesterday at a gala in Taipei, which is part of';
    expect(splitStories([BODY, teaser])[1]!.title).toBe(
      'CELEBRATION: The PRC could never be the homeland of the people of the ROC, Lai said',
    );
  });

  it.each([
    [
      'a transcript line',
      'PUTIN: We had a shot of vodka and had some sausages at the end of a workday, and I will be frank with you about it, I hope he will not be angry at me for telling this story on television to millions of viewers.',
    ],
    [
      'a correction notice',
      'CORRECTION: An earlier version of this article misstated the date of the visit to Harbin and the name of the university that the president visited on Friday, which has a joint campus with St. Petersburg State University.',
    ],
    ['a short kicker line', 'WATCH: Putin and Xi stroll in Zhongnanhai'],
    [
      'a mixed-case lead-in',
      'Stealth Over Health: Hillary Clinton was headed to an emergency room following her sudden collapse during the memorial ceremony but ditched her escort and detoured to an apartment to keep details of her medical treatment under wraps',
    ],
  ])('leaves %s in its story', (_name, paragraph) => {
    expect(splitStories([BODY, paragraph])).toEqual([{ paragraphs: [BODY, paragraph] }]);
  });
});

describe('splitStories at separator lines', () => {
  const LEAD =
    'The school board on Tuesday chose Dr. Amara Osei as the district’s new superintendent, replacing Mark Dean, who retired in June.';
  const QUOTE = '“I am honored and ready to work,” Osei said in a statement.';

  // Review probe (c1/multi.txt): stories after "* * *" and "---" stayed in the first one, and
  // the separators were kept as paragraphs.
  it.each(['* * *', '***', '---', '###', '- - -'])(
    'starts a new story at %j followed by a headline and body text',
    (separator) => {
      expect(
        splitStories([BODY, separator, 'School board picks new superintendent', LEAD, QUOTE]),
      ).toEqual([
        { paragraphs: [BODY] },
        { title: 'School board picks new superintendent', paragraphs: [LEAD, QUOTE] },
      ]);
    },
  );

  it.each([
    ['a sentence', 'The next morning, she drove to the coast and did not look back once.', QUOTE],
    ['a quotation', '“I never saw him again,” she said.', QUOTE],
    ['a short subhead', 'The aftermath', QUOTE],
    ['a headline-like line and a shorter line', 'Two years later, in Lisbon', 'She was alone.'],
  ])('treats a separator before %s as a scene break: dropped, no new story', (_n, next, after) => {
    expect(splitStories([BODY, '* * *', next, after])).toEqual([
      { paragraphs: [BODY, next, after] },
    ]);
  });

  it('drops a separator that ends the file', () => {
    expect(splitStories([BODY, '###'])).toEqual([{ paragraphs: [BODY] }]);
  });
});
