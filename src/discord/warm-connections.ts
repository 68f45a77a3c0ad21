import type { Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';

/**
 * Connections to Discord's API opened at start-up: as many as the requests discord.js lets a bot
 * make in a second (Discord's global limit). Interaction responses are exempt from that limit, so
 * a burst may need more; past these the pool connects as usual.
 * @see https://discord.com/developers/docs/topics/rate-limits#global-rate-limit
 */
export const WARM_CONNECTIONS = 50;

/** An HTTP agent for discord.js's REST client, with connections to the API already open. */
export interface WarmAgent {
  agent: Agent;
  /** Resolves, never rejects, once every connection opened or failed: how many are waiting. */
  ready: Promise<number>;
  /** Closes the connections still waiting, then the agent's once their requests are answered. */
  close(): Promise<void>;
}

/**
 * An agent that opens `count` connections to `apiUrl`'s origin now and hands them out as its pool
 * asks for new ones, then connects as usual. undici connects only for a waiting request
 * (nodejs/undici#317), and its connection completes in a later turn of the event loop, after
 * every interaction already read is handled: in the first burst after start-up, no reply was
 * written before the whole burst was answered. A connection the server closes while it waits is
 * dropped.
 */
export function warmAgent(apiUrl: string, count = WARM_CONNECTIONS): WarmAgent {
  const connect = buildConnector({});
  const { hostname, host, protocol, port } = new URL(apiUrl);
  // Each waiting connection with the listener that drops it when the server closes it first.
  const waiting = new Map<Socket, () => void>();
  const open = (): Promise<void> =>
    new Promise((resolve) =>
      connect({ hostname, host, protocol, port }, (err, socket) => {
        if (!err && socket) {
          const drop = (): void => void waiting.delete(socket);
          waiting.set(socket, drop);
          socket.once('close', drop);
        }
        resolve();
      }),
    );
  const ready = Promise.all(Array.from({ length: count }, open)).then(() => waiting.size);
  const agent = new Agent({
    connect: (options, callback) => {
      const sameOrigin =
        options.protocol === protocol && options.host === host && options.hostname === hostname;
      for (const [socket, drop] of sameOrigin ? waiting : []) {
        waiting.delete(socket);
        socket.off('close', drop);
        if (socket.destroyed || !socket.writable || socket.readableEnded) {
          socket.destroy();
          continue;
        }
        callback(null, socket);
        return;
      }
      connect(options, callback);
    },
  });
  const close = async (): Promise<void> => {
    for (const socket of waiting.keys()) socket.destroy();
    waiting.clear();
    await agent.close();
  };
  return { agent, ready, close };
}
