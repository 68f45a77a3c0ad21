import { describe, expect, it } from 'vitest';
import { citationLine, titleLink } from '../../../src/discord/render/citation.js';
import { useLongCorpus } from '../long-corpus.js';

const engine = useLongCorpus();

/** The citation the real engine gives for the passage that answers `question`. */
const citationFor = (question: string) => engine().ask(question).results[0]!.citation;

describe('citationLine', () => {
  it('leaves out a link of ~1,550 characters: the bold title and its host', () => {
    const citation = citationFor('Skerryvore lighthouse keepers lantern number 3');
    expect(citation.url!.length).toBeGreaterThan(1500);
    const line = citationLine(citation);
    expect(line).toMatch(
      /^\*\*Lighthouse report \d+ with a very long headline[^*]*\*\* · news\.example\.com · paragraph 1$/,
    );
    expect(line.length).toBeLessThan(250);
  });

  it('never makes a title that is an address the text of a link elsewhere', () => {
    // The page's <title> is "https://bank.example.com/login"; its URL is on evil.example.net.
    const citation = citationFor('bank login page moved');
    expect(citation.title).toBe('https://bank.example.com/login');
    expect(citationLine(citation)).toBe(
      '**`https://bank.example.com/login`** ([link](https://evil.example.net/x)) · evil.example.net · paragraph 1',
    );
  });
});

describe('titleLink', () => {
  const url = 'https://evil.example.net/x';
  it.each([
    ['Harbour dues rise', '[Harbour dues rise](https://evil.example.net/x)'],
    ['bank.example.com', '**bank.example.com** ([link](https://evil.example.net/x))'],
    [
      'Log in at www.bank.example now',
      '**Log in at www.bank.example now** ([link](https://evil.example.net/x))',
    ],
    [
      'Sign in: bank.example.com/login',
      '**Sign in: bank.example.com/login** ([link](https://evil.example.net/x))',
    ],
    [
      'Verify at https://bank.example.com/login today',
      '**Verify at `https://bank.example.com/login` today** ([link](https://evil.example.net/x))',
    ],
    ['U.S. rates rise', '[U.S. rates rise](https://evil.example.net/x)'],
  ])('%j → %j', (title, expected) => {
    expect(titleLink(title, url, 200)).toBe(expected);
  });
});
