import { describe, expect, it } from 'vitest';
import { bylineNames, isBoilerplate, stripGluedPrompts } from '../../src/corpus/boilerplate.js';

describe('isBoilerplate', () => {
  it.each([
    'Source link',
    'Please enter your comment!',
    'Please enter your name here',
    'You have entered an incorrect email address!',
    'Leave a Reply',
    'Read the rest here.',
    'ADVERTISEMENT',
    'Photo: Reuters / Kremlin',
    'Photo credit: Getty Images',
    'Photograph by Jane Doe/AFP',
    'Wang Aoli Contributed reporting.',
    'Bryant Rousseau and Caryn Wilson contributed reporting.',
    'Alex Isenstadt contributed to this story.',
    'Samantha Lachman contributed reporting from Charleston.',
    'The Associated Press contributed to this report.',
    'Reporting by Jeff Mason; Editing by Mary Milliken',
    'Additional reporting by Reuters.',
    'By Mara Lindqvist',
    'By JANE DOE, Staff Writer',
    // A paywall's prompts (user test: "Cancel anytime." answered a question about a ferry).
    'Subscribe to continue reading. Already a subscriber? Log in.',
    'Get unlimited access for just $1 a week. Cancel anytime.',
    // Probe corpora (review): wire notices, app prompts, datelines, link teasers, captions.
    'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    '© 2024 The Associated Press. All rights reserved.',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'Follow us on Twitter @APpolitics. Click here to download our app.',
    'Posted: May 3, 2024 | Updated: May 4, 2024 6:12 a.m.',
    'May 18, 2024 Updated 10:41 a.m.',
    'Published 2024-03-12 · Last updated Tue, March 12, 2024 at 9:15 a.m. ET',
    'Updated 3 hours ago',
    'Read more: Our coverage of the hospital',
    'READ MORE: Hospital wing delayed by a year',
    'Related: Port authority budget hearing draws crowd',
    'Smoke rises above Cedar Falls on Sunday afternoon as residents leave their homes. Credit: Sam Ortiz for the Herald',
    'Dock workers cheer outside the union hall on Friday. (Photo: Jamie Lee/The Daily Ledger)',
    // User test (c2/saved.html, c7/page.html): a byline and its dateline on one line, and a
    // comment prompt led by a question.
    'By Bob Writer · Posted March 3, 2024',
    'By Lena Park | Updated June 4, 2024 10:15 AM',
    'By JANE DOE, Staff Writer — Published 2024-03-12',
    'By Mara Lindqvist, Posted: May 3, 2024',
    'By Bob Writer · March 3, 2024',
    'Have thoughts? Leave a comment below.',
    'Leave a comment below.',
    'What do you think? Let us know in the comments.',
    'Share your thoughts in the comments section below.',
    'Join the conversation.',
  ])('removes %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'The source link was broken, officials said.',
    'Photographs of the summit show the two leaders smiling.',
    'Reporting by the Times found that the minister misled parliament.',
    'By the time the talks ended, both leaders had signed the statement.',
    'Several reporters contributed reporting that later proved false, the inquiry found.',
    '“Please enter your comment!” is not something a senator says, he joked.',
    'Putin’s visit begins today.',
    'Subscribers to the council’s newsletter were told of the closure on Monday.',
    'Sign up was slow, the organisers said. Only 40 runners had registered by Friday.',
    // News that opens as a prompt does (review).
    'Sign in with Apple was down for three hours, the company said.',
    'Log in to the state portal before Friday to claim the rebate.',
    'Subscribe, like and share, the influencer told her 2 million followers.',
    // Near misses of the notice, prompt, dateline, teaser and caption rules.
    'Copyright lawyers said the ruling would change how the 2024 archive is licensed.',
    'The judge said the material may not be published until the trial ends.',
    'Follow the money, the investigators told the committee on Monday.',
    '“Follow us on Twitter,” the campaign urged its supporters, and 2,000 did within an hour.',
    'Click-through rates fell by half after the redesign, the company said.',
    'Updated figures were published on May 4, 2024, the ministry said.',
    'Published in 2019, the report found that the bridge needed repairs.',
    'The council posted the notice on May 3, 2024 at 9 a.m. and updated it twice.',
    'Read more about the plan on the council website, she said.',
    'Read more: the report runs to 400 pages, and the council has asked every resident to read the summary before the hearing in June.',
    'Related costs rose by 12 percent, the audit found.',
    'The bank extended the credit: Sam Ortiz, a farmer, said it saved his harvest.',
    'The film won two awards. Credit: the director said it belonged to the whole crew.',
    // Near misses of the byline-and-dateline and comment-prompt rules (user test).
    'Posted guards stood by the gate.',
    'By Tuesday · Posted guards stood by the gate.',
    'By the time it was posted on March 3, 2024, the notice was out of date.',
    'By Bob Writer · Posted guards stood by the gate.',
    'Leave a comment below the line, the judge told jurors.',
    'Have thoughts? The council wants them by Friday.',
    'Have thoughts?',
    'What do you think?',
    '“Leave a comment below,” the streamer told her viewers. Thousands did.',
    'Join the conversation about the bridge at the town hall on Monday, the mayor said.',
    // Long lines are never boilerplate, whatever they start with.
    `Photo: ${'the image shows the delegation arriving at the airport in Harbin on Friday morning '.repeat(2)}`,
  ])('keeps %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe('bylineNames', () => {
  it.each([
    ['By Bob Writer · Posted March 3, 2024', 'Bob Writer'],
    ['By May Lee', 'May Lee'],
    ['By April Ryan - March 4, 2024', 'April Ryan'],
    // Review: a kicker shaped like a byline named "Monday" the article's author.
    ['By Monday - March 4, 2024', undefined],
    ['By Tomorrow', undefined],
    ['By Noon - 12:30 PM', undefined],
    ['By Sept. 30', undefined],
    // Review: names that spell days or months are writers.
    ['By Sun Jun', 'Sun Jun'],
    ['By April May', 'April May'],
    ['By Marjan · Posted March 3, 2024', 'Marjan'],
  ])('reads %j as written by %j', (line, names) => {
    expect(bylineNames(line)).toBe(names);
  });
});

describe('stripGluedPrompts', () => {
  it('removes comment prompts glued onto the start of real text', () => {
    expect(stripGluedPrompts('Please enter your name hereJust a month after his new term…')).toBe(
      'Just a month after his new term…',
    );
    expect(
      stripGluedPrompts('Please enter your comment!Please enter your name here Putin said.'),
    ).toBe('Putin said.');
  });

  it('leaves other text and a bare prompt alone', () => {
    expect(stripGluedPrompts('Putin said he would return.')).toBe('Putin said he would return.');
    expect(stripGluedPrompts('Please enter your name here')).toBe('Please enter your name here');
  });
});
