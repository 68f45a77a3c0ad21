import { Events, type Client } from 'discord.js';

/**
 * Whether every shard this process runs is connected to the gateway, for /healthz. A shard is
 * down from its disconnect or reconnect until it is ready or has resumed.
 */
export class GatewayStatus {
  private readonly down = new Set<number>();
  private connected = false;

  /** Follow `client`'s shards from now on. */
  watch(client: Client): void {
    client.on(Events.ShardReady, (shard) => this.up(shard));
    client.on(Events.ShardResume, (shard) => this.up(shard));
    client.on(Events.ShardDisconnect, (_event, shard) => this.down.add(shard));
    client.on(Events.ShardReconnecting, (shard) => this.down.add(shard));
  }

  /** Why the bot is not serving, or null when it is. */
  problem(): string | null {
    if (!this.connected) return 'gateway not connected yet';
    if (this.down.size > 0) return `gateway disconnected (shard ${[...this.down].join(', ')})`;
    return null;
  }

  private up(shard: number): void {
    this.connected = true;
    this.down.delete(shard);
  }
}
