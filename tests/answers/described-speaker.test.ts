import { describe, expect, it } from 'vitest';
import { quotedDescription } from '../../src/answers/described-speaker.js';

describe('quotedDescription', () => {
  it('reads a person’s noun with the words that say which', () => {
    expect(quotedDescription('the president of Taiwan')).toEqual(
      quotedDescription("Taiwan's president"),
    );
    expect(quotedDescription('the president of Taiwan')).toEqual({
      head: 'president',
      qualifiers: ['Taiwan'],
    });
    expect(quotedDescription('the Russian president')).toEqual({
      head: 'president',
      qualifiers: ['Russian'],
    });
    expect(quotedDescription('Russian President')).toEqual({
      head: 'president',
      qualifiers: ['Russian'],
    });
    expect(quotedDescription('security expert')).toEqual({
      head: 'expert',
      qualifiers: [],
      modifiers: ['security'],
    });
  });

  it('is no description for a name or an organisation', () => {
    expect(quotedDescription('Galauskas')).toBeNull();
    expect(quotedDescription('Atlantic Council')).toBeNull();
    expect(quotedDescription('Marcus Galauskas')).toBeNull();
  });
});
