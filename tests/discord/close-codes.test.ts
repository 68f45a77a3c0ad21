import { describe, expect, it } from 'vitest';
import { fatalClose } from '../../src/discord/close-codes.js';

describe('fatalClose', () => {
  it.each([4004, 4010, 4011, 4012, 4013, 4014])('gives up on %i, saying why', (code) => {
    expect(fatalClose(code)).toMatch(/\w{4,}/);
  });

  it.each([1000, 1001, 4000, 4001, 4002, 4003, 4005, 4007, 4008, 4009, 4015])(
    'leaves %i to discord.js to reconnect',
    (code) => {
      expect(fatalClose(code)).toBeUndefined();
    },
  );
});
