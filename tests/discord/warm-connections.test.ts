import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { warmAgent, type WarmAgent } from '../../src/discord/warm-connections.js';
import { waitFor } from '../storage/wait.js';

/** A local HTTP server that answers every request with its path and counts connections. */
async function server(): Promise<{ url: string; sockets: Socket[]; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const srv: Server = createServer((req, res) => res.end(`answered ${req.url}`));
  srv.on('connection', (socket: Socket) => sockets.push(socket));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/api`;
  const close = async (): Promise<void> => {
    srv.closeAllConnections();
    await new Promise((resolve) => srv.close(resolve));
  };
  return { url, sockets, close };
}

/** Waits for the server to have accepted `n` connections (its side sees them a turn later). */
async function accepted(sockets: Socket[], n: number): Promise<void> {
  await waitFor(`${n} connections`, () => sockets.length >= n, 1000);
  expect(sockets).toHaveLength(n);
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setUp(
  count: number,
): Promise<{ api: Awaited<ReturnType<typeof server>> } & WarmAgent> {
  const api = await server();
  cleanup.push(api.close);
  const warm = warmAgent(api.url, count);
  cleanup.push(warm.close);
  return { api, ...warm };
}

const get = async (warm: WarmAgent, url: string): Promise<string> =>
  (await request(url, { dispatcher: warm.agent })).body.text();

/** Requests the paths under `base` at once, through `warm`: the answers, in order. */
const getAll = (warm: WarmAgent, base: string, paths: string[]): Promise<string[]> =>
  Promise.all(paths.map((p) => get(warm, new URL(p, base).href)));

describe('warmAgent', () => {
  it('opens its connections before any request and answers requests on them', async () => {
    const { api, ...warm } = await setUp(3);
    expect(await warm.ready).toBe(3);
    await accepted(api.sockets, 3);
    const paths = ['/api/a', '/api/b', '/api/c'];
    const answers = await getAll(warm, api.url, paths);
    expect(answers).toEqual(paths.map((p) => `answered ${p}`));
    expect(api.sockets).toHaveLength(3);
  });

  it('connects as usual once its waiting connections are used up', async () => {
    const { api, ...warm } = await setUp(1);
    await warm.ready;
    const answers = await getAll(warm, api.url, ['/x', '/y']);
    expect(answers).toEqual(['answered /x', 'answered /y']);
    expect(api.sockets).toHaveLength(2);
  });

  it('passes over a connection the server closed while it waited', async () => {
    const { api, ...warm } = await setUp(2);
    await warm.ready;
    await accepted(api.sockets, 2);
    const closed = new Promise((resolve) => api.sockets[0]!.once('close', resolve));
    api.sockets[0]!.destroy();
    await closed;
    // Let the client side see the close too.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answers = await getAll(warm, api.url, ['/p', '/q']);
    expect(answers).toEqual(['answered /p', 'answered /q']);
    expect(api.sockets).toHaveLength(3);
  });

  it('never hands a connection to the API to another origin', async () => {
    const { api, ...warm } = await setUp(2);
    await warm.ready;
    const other = await server();
    cleanup.push(other.close);
    expect(await get(warm, new URL('/elsewhere', other.url).href)).toBe('answered /elsewhere');
    expect(other.sockets).toHaveLength(1);
    expect(await get(warm, new URL('/api/here', api.url).href)).toBe('answered /api/here');
    expect(api.sockets).toHaveLength(2);
  });

  it('settles when the API cannot be reached', async () => {
    const api = await server();
    await api.close();
    const warm = warmAgent(api.url, 2);
    cleanup.push(warm.close);
    expect(await warm.ready).toBe(0);
  });
});
