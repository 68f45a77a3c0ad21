const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

/** A real-looking snowflake for now: discord.js derives timestamps from ids. */
export function snowflake(at = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | counter).toString();
}

/** The shard a guild belongs to: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
}

/** A snowflake for a guild that lands on `shard` of `shards`. */
export function snowflakeOnShard(shard: number, shards: number): string {
  let at = Date.now();
  while (Number((BigInt(at) - DISCORD_EPOCH) % BigInt(shards)) !== shard) at -= 1;
  return snowflake(at);
}
