import { describe, expect, it } from 'vitest';
import { MAX_ADD_BYTES, obtainSource } from '../../src/additions/prepare.js';

describe('obtainSource', () => {
  it('refuses a file just over the limit with sizes that differ', async () => {
    const bytes = new Uint8Array(MAX_ADD_BYTES + 55);
    await expect(obtainSource({ kind: 'file', name: 'big.txt', bytes })).rejects.toThrow(
      'That file is 5,242,935 bytes; I add files of at most 5 MB (5,242,880 bytes).',
    );
  });

  it('refuses an attachment far over the limit in megabytes', async () => {
    const source = {
      kind: 'attachment' as const,
      name: 'big.md',
      url: 'https://x.invalid/',
      size: 12e6,
    };
    await expect(obtainSource(source)).rejects.toThrow(
      'That file is 11.4 MB; I add files of at most 5 MB.',
    );
  });
});
