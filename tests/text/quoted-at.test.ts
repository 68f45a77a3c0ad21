import { describe, expect, it } from 'vitest';
import { quotedAt } from '../../src/text/quoted-at.js';

describe('quotedAt', () => {
  it('finds a quotation after its opening mark, not its words written unquoted before it', () => {
    const text =
      'Peace is possible, the mediators insisted. “Peace is possible,” Zelensky said, “but only…”';
    expect(quotedAt(text, 'Peace is possible,')).toBe(text.indexOf('“Peace') + 1);
  });

  it('takes straight quotes, guillemets with a space and a closing mark typed for the opening one', () => {
    expect(quotedAt("'We will keep rates high,' said Bailey.", 'We will keep rates high,')).toBe(1);
    expect(quotedAt('Il a dit : « Bonjour à tous »', 'Bonjour à tous')).toBe(13);
    expect(quotedAt('Institute. ” There is also a defiance.”', 'There is also a defiance.')).toBe(
      13,
    );
  });

  it('is -1 for words never quoted, or nothing to look for', () => {
    expect(quotedAt('Peace is possible, they said.', 'Peace is possible')).toBe(-1);
    expect(quotedAt('“Anything”', '')).toBe(-1);
  });
});
