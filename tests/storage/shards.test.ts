import { ShardClientUtil } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ownedGuilds } from '../../src/engine/open.js';
import { ownsGuild, shardOf } from '../../src/storage/shards.js';
import { guildOnShard } from './fixtures.js';

// Snowflakes from Discord's epoch to a century later, with any worker, process and increment bits.
const snowflake = fc
  .tuple(
    fc.bigInt({ min: 1n, max: 100n * 365n * 86_400_000n }),
    fc.bigInt({ min: 0n, max: (1n << 22n) - 1n }),
  )
  .map(([ms, low]) => String((ms << 22n) | low))
  .filter((id) => id.length >= 17);

describe('the shard of a server', () => {
  it("is the shard discord.js sends the server's events to", () => {
    fc.assert(
      fc.property(snowflake, fc.integer({ min: 1, max: 4096 }), (guild, count) => {
        expect(shardOf(guild, count)).toBe(ShardClientUtil.shardIdForGuildId(guild, count));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the timestamp bits, and works past 2^53', () => {
    expect(shardOf('81384788765712384', 2)).toBe(Number((81384788765712384n >> 22n) % 2n));
    expect(shardOf('18446744073709551615', 7)).toBe(Number(((2n ** 64n - 1n) >> 22n) % 7n));
    expect(shardOf(String((1_300_000_000_001n << 22n) | 12345n), 4)).toBe(1);
  });

  it('refuses what is not a server id or a shard count', () => {
    expect(() => shardOf('12; DROP TABLE', 2)).toThrow(InputError);
    expect(() => shardOf('81384788765712384', 0)).toThrow(/whole number of 1 or more/);
    expect(() => shardOf('81384788765712384', 1.5)).toThrow(/whole number of 1 or more/);
  });

  it('lets a machine own exactly its shards, or all of them without a list', () => {
    const guilds = Array.from({ length: 40 }, (_, i) =>
      String(((1_300_000_000_000n + BigInt(i)) << 22n) | 7n),
    );
    const on = (shards?: number[]) => guilds.filter(ownsGuild(4, shards));
    expect(on([0, 2]).length).toBe(20);
    expect(on([1]).every((g) => shardOf(g, 4) === 1)).toBe(true);
    expect([...on([0]), ...on([1]), ...on([2]), ...on([3])].sort()).toEqual([...guilds].sort());
    expect(on()).toEqual(guilds);
  });
});

describe('the servers a bot process owns', () => {
  const [onZero, onOne] = [guildOnShard(0, 2), guildOnShard(1, 2)];

  it('are its shards, given as start:sharded lists them or as the ShardingManager numbers one', () => {
    for (const env of [{ SHARDS: '[1]' }, { SHARDS: '1' }]) {
      const owns = ownedGuilds({ ...env, SHARD_COUNT: '2' });
      expect([owns(onZero), owns(onOne)]).toEqual([false, true]);
    }
    const all = ownedGuilds({});
    expect([all(onZero), all(onOne)]).toEqual([true, true]);
  });
});
