import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DiscordPeer, PeerRefusal } from './peer.js';

/* The peer is the judge of the e2e tests: check that it refuses what Discord refuses. */

let peer: DiscordPeer;
let socket: WebSocket;
const frames: { op: number; t?: string; d?: Record<string, unknown> }[] = [];

async function until<T>(find: () => T | undefined, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const api = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${peer.apiUrl}/v10${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: `Bot ${peer.token}`,
      ...init.headers,
    },
  });

const callback = (record: { id: string; token: string }, body: unknown): Promise<Response> =>
  api(`/interactions/${record.id}/${record.token}/callback`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  peer = await new DiscordPeer({ deadlineMs: 300 }).start();
  const gateway = (await (await api('/gateway/bot')).json()) as { url: string };
  socket = new WebSocket(gateway.url);
  socket.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
  await until(() => frames.find((f) => f.op === 10));
  socket.send(JSON.stringify({ op: 2, d: { token: peer.token, intents: 1, properties: {} } }));
  await until(() => frames.find((f) => f.t === 'GUILD_CREATE'));
  const commands = [
    { name: 'ask', description: 'Ask', options: [{ name: 'question', description: 'q', type: 3 }] },
    { name: 'reindex', description: 'Rebuild', default_member_permissions: '32' },
  ];
  const put = await api(`/applications/${peer.appId}/guilds/${peer.guild.id}/commands`, {
    method: 'PUT',
    body: JSON.stringify(commands),
  });
  expect(put.status).toBe(200);
});

afterAll(async () => {
  socket?.close();
  await peer?.stop();
});

describe('DiscordPeer', () => {
  it('answers the handshake with READY listing the guild, then GUILD_CREATE with roles', () => {
    const ready = frames.find((f) => f.t === 'READY')!;
    expect(ready.d!.guilds).toEqual([{ id: peer.guild.id, unavailable: true }]);
    const guild = frames.find((f) => f.t === 'GUILD_CREATE')!;
    expect((guild.d!.roles as unknown[]).length).toBe(3);
  });

  it('refuses REST calls without the bot token', async () => {
    const res = await fetch(`${peer.apiUrl}/v10/gateway/bot`);
    expect(res.status).toBe(401);
  });

  it('dispatches an interaction and enforces size limits and a single acknowledgement', async () => {
    const record = peer.slash(peer.user('a'), 'ask', { question: 'hi' });
    const event = await until(() =>
      frames.find((f) => f.t === 'INTERACTION_CREATE' && f.d!.id === record.id),
    );
    expect(event.d).toMatchObject({ type: 2, entitlements: [], token: record.token, version: 1 });

    const tooLong = await callback(record, { type: 4, data: { content: 'x'.repeat(2001) } });
    expect(tooLong.status).toBe(400);
    const tooManyEmbeds = await callback(record, {
      type: 4,
      data: { embeds: Array(11).fill({ title: 't' }) },
    });
    expect(tooManyEmbeds.status).toBe(400);
    const overTotal = await callback(record, {
      type: 4,
      data: { embeds: [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }] },
    });
    expect(overTotal.status).toBe(400);

    const ok = await callback(record, {
      type: 4,
      data: { content: 'hello', allowed_mentions: { parse: [] } },
    });
    expect(ok.status).toBe(204);
    const again = await callback(record, { type: 4, data: { content: 'again' } });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { code: number }).code).toBe(40060);
    expect(record.original!.content).toBe('hello');
  });

  it('refuses an acknowledgement after the deadline with 10062', async () => {
    const record = peer.slash(peer.user('a'), 'ask', { question: 'slow' });
    await new Promise((r) => setTimeout(r, 350));
    const late = await callback(record, { type: 5 });
    expect(late.status).toBe(404);
    expect(((await late.json()) as { code: number }).code).toBe(10062);
  });

  it('refuses more than 25 autocomplete choices', async () => {
    const record = peer.autocomplete(peer.user('a'), 'ask', 'question', 'h');
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    expect((await callback(record, { type: 8, data: { choices } })).status).toBe(400);
    expect(
      (await callback(record, { type: 8, data: { choices: choices.slice(0, 25) } })).status,
    ).toBe(204);
  });

  it('hides a command from members lacking its default_member_permissions', () => {
    expect(() => peer.slash(peer.user('member'), 'reindex')).toThrow(PeerRefusal);
    expect(() => peer.slash(peer.user('mod', true), 'reindex')).not.toThrow();
  });
});
