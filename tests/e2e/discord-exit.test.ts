import { afterEach, describe, expect, it } from 'vitest';
import { launch } from './peer/harness.js';

/*
 * A gateway close no reconnect can mend (4004 authentication failed, 4010–4014) must end the
 * process with a non-zero code, so a supervisor told to restart on failure brings the bot back.
 */

let h: Awaited<ReturnType<typeof launch>> | undefined;

afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('unrecoverable gateway close', () => {
  it.each([4004, 4014])(
    'logs one line and exits non-zero on close %i',
    async (code) => {
      h = await launch();
      const before = h.bot.logs.length;
      h.peer.dropConnections(code);
      const exit = await h.bot.exited;
      expect(exit).not.toBe(0);
      expect(exit).not.toBeNull();
      const fatal = h.bot.logs.slice(before).filter((l) => l.level >= 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.msg).toContain(`(${code}, `);
      expect(fatal[0]!.code).toBe(code);
    },
    90_000,
  );
});
