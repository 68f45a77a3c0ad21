/**
 * Gateway close codes after which reconnecting cannot help: discord.js gives up on the shard, and
 * a process left running would serve nobody.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
const FATAL_CLOSES: Readonly<Record<number, string>> = {
  4004: 'authentication failed: DISCORD_TOKEN is wrong or was reset',
  4010: 'invalid shard: check SHARD_COUNT and the shard ids',
  4011: 'sharding required: this bot is in too many servers for one connection; use npm run start:sharded',
  4012: 'invalid API version',
  4013: 'invalid intents',
  4014: 'disallowed intents: enable them for this application in the Developer Portal',
};

/** What an unrecoverable close means in words, or undefined when discord.js will reconnect. */
export function fatalClose(code: number): string | undefined {
  return FATAL_CLOSES[code];
}
