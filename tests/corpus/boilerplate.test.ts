import { describe, expect, it } from 'vitest';
import { isBoilerplate, stripGluedPrompts } from '../../src/corpus/boilerplate.js';

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
    // Long lines are never boilerplate, whatever they start with.
    `Photo: ${'the image shows the delegation arriving at the airport in Harbin on Friday morning '.repeat(2)}`,
  ])('keeps %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
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
