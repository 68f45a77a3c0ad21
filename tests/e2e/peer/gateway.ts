import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/** One bot connection (one shard) on the peer's gateway. */
export interface GatewaySession {
  socket: WebSocket;
  shard: [number, number];
  intents: number;
  seq: number;
  sessionId: string;
}

interface Frame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** What the gateway needs from the peer: token check and what to send after IDENTIFY. */
export interface GatewayHost {
  token: string;
  /** READY then one GUILD_CREATE per guild of this shard (when the Guilds intent was asked). */
  onIdentify(session: GatewaySession): void;
  onFrame?(session: GatewaySession, frame: Frame): void;
}

/** A JSON (uncompressed) Discord gateway: HELLO, IDENTIFY, heartbeats, dispatches. */
export class Gateway {
  readonly sessions = new Set<GatewaySession>();
  readonly wss = new WebSocketServer({ noServer: true });
  heartbeats = 0;
  /** While true, connection attempts are cut off before the handshake. */
  refusing = false;

  constructor(private readonly host: GatewayHost) {}

  /** Takes over an HTTP upgrade request on the gateway path. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.refusing) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  /** Sends a dispatch event (op 0) on `session`. */
  dispatch(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    session.socket.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
  }

  /** Closes every connection, as Discord does on a gateway restart. */
  closeAll(code = 4000): void {
    for (const s of this.sessions) s.socket.close(code, 'peer closing');
  }

  private accept(socket: WebSocket): void {
    const session: GatewaySession = { socket, shard: [0, 1], intents: 0, seq: 0, sessionId: '' };
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => this.onMessage(session, raw.toString()));
    socket.on('close', () => this.sessions.delete(session));
  }

  private onMessage(session: GatewaySession, raw: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(raw) as Frame;
    } catch {
      session.socket.close(4002, 'Decode error');
      return;
    }
    this.host.onFrame?.(session, frame);
    if (frame.op === 1) {
      this.heartbeats += 1;
      session.socket.send(JSON.stringify({ op: 11 }));
    } else if (frame.op === 2) {
      this.identify(
        session,
        frame.d as { token: string; intents: number; shard?: [number, number] },
      );
    } else if (frame.op === 6) {
      // RESUME: nothing was missed in tests; acknowledge as Discord does.
      this.sessions.add(session);
      this.dispatch(session, 'RESUMED', {});
    }
  }

  private identify(
    session: GatewaySession,
    d: { token: string; intents: number; shard?: [number, number] },
  ): void {
    if (d.token.replace(/^Bot\s+/i, '') !== this.host.token) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    session.shard = d.shard ?? [0, 1];
    session.intents = d.intents;
    session.sessionId = Math.random().toString(36).slice(2);
    this.sessions.add(session);
    this.host.onIdentify(session);
  }
}
