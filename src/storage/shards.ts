import { checkGuild } from './records.js';

/**
 * The shard a server's events reach: Discord's own rule, `(guild_id >> 22) % shard_count`.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
export function shardOf(guild: string, shardCount: number): number {
  checkGuild(guild);
  if (!Number.isInteger(shardCount) || shardCount < 1)
    throw new RangeError(`shard count must be a whole number of 1 or more (got ${shardCount})`);
  return Number((BigInt(guild) >> 22n) % BigInt(shardCount));
}

/**
 * Whether a machine running `shards` (all of them when absent) of `shardCount` serves `guild`:
 * it loads and indexes only those servers' additions, and ignores the others' changes.
 */
export function ownsGuild(
  shardCount: number,
  shards?: readonly number[],
): (guild: string) => boolean {
  if (!shards) return () => true;
  const mine = new Set(shards);
  return (guild) => mine.has(shardOf(guild, shardCount));
}
