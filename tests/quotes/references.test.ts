import { describe, expect, it } from 'vitest';
import { readsAsRole } from '../../src/quotes/references.js';

describe('readsAsRole: which descriptors are shown beside a speaker', () => {
  it.each([
    ['a security expert at the Atlantic Council', 'Marcus Galauskas'],
    ['House Speaker', 'Paul Ryan'],
    ['Sen.', 'Ted Cruz'],
    ['who owns the shop', 'Alfonso Espinos'],
    ['of The Verge', 'Nilay Patel'],
    // Capitalised words are names, not verbs or cut-off phrases; a role noun makes "acting" a title.
    ['acting director', 'Jane Roe'],
    ['Assembly Speaker', 'Carl Heastie'],
    ['Fed Chair', 'Janet Yellen'],
    ['a spokeswoman for Theresa May', 'Jane Roe'],
    ['a senior editor at Time', 'Jane Roe'],
    ['award-winning author', 'Jane Roe'],
    [
      'director of the Shanghai Institute for Foreign Studies’ Center for Russian and Central Asian Studies',
      'Li Xin',
    ],
  ])('shows %s', (descriptor, speaker) => {
    expect(readsAsRole(descriptor, speaker)).toBe(true);
  });

  it.each([
    ['The', 'Elihu Yale'],
    ['on the other hand', 'Mike Pence'],
    ['both of his parents were very strict', 'Arnold Schwarzenegger'],
    ['hours after', 'Donald Trump'],
    ['The debate between', 'Ted Cruz'],
    ['The next year', 'Madonna'],
    ['though interested in Albert', 'Queen Victoria'],
    ['meanwhile', 'Ted Cruz'],
    ['1970', 'Earl Browder'],
    ['A von', 'John von Neumann'],
  ])('drops %s', (descriptor, speaker) => {
    expect(readsAsRole(descriptor, speaker)).toBe(false);
  });
});
