import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parserRefusal } from '../../src/web/limits.js';
import { readerFixture } from './reader-fixture.js';

let f: Awaited<ReturnType<typeof readerFixture>>;

beforeAll(async () => {
  f = await readerFixture();
});
afterAll(async () => {
  await f?.close();
});

/** `count` headers of `size` bytes each ("x12: vvv…"). */
const headers = (count: number, size = 8) =>
  Array.from({ length: count }, (_, i) => `x${i}: `.padEnd(size, 'v') + '\r\n').join('');

/**
 * Send `head` byte for byte on a connection of its own, and read what comes back until the reader
 * closes it (or resets it: what arrived before counts).
 */
function raw(head: string): Promise<{ status: number; type?: string; body: string }> {
  const { port } = new URL(f.reader.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      const [top = '', body = ''] = text.split(/\r\n\r\n([\s\S]*)/);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(top)?.[1]),
        type: /^content-type: (.*)$/im.exec(top)?.[1],
        body,
      });
    });
    socket.end(head);
  });
}

const get = (extra: string, first = 'host: reader\r\n') =>
  raw(`GET /healthz HTTP/1.1\r\n${first}${extra}connection: close\r\n\r\n`);

describe("the reader's limits on a request", () => {
  it('refuses 1,000 headers with 431 and says why, wherever Host is among them', async () => {
    // Before: with Host first, served (Node kept 1,000 headers and dropped the rest unread); with
    // Host last, an empty 400, Node's "no Host", though the request had one.
    for (const res of [
      await get(headers(1000)),
      await get(`${headers(1000)}host: reader\r\n`, ''),
    ]) {
      expect(res.status).toBe(431);
      expect(res.type).toBe('text/plain; charset=utf-8');
      expect(res.body).toBe(
        'This request has more than 100 headers; the reader reads at most 100.\n',
      );
    }
  });

  it('reads 100 headers and refuses 101', async () => {
    // Host and connection are two of them.
    expect((await get(headers(98))).status).toBe(200);
    const over = await get(headers(99));
    expect(over.status).toBe(431);
    expect(over.body).toContain('more than 100 headers');
  });

  it('refuses headers past 64 KB with 431 and says why', async () => {
    const res = await get(headers(700, 100));
    expect(res.status).toBe(431);
    expect(res.type).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain('come to more than the 64 KB the reader reads');
    expect(res.body).toContain('A question can be at most 1,000 characters');
    // A client that resets the connection mid-request (ECONNRESET in clientError) is let go.
    const { port } = new URL(f.reader.url);
    const gone = connect(Number(port), '127.0.0.1');
    gone.on('error', () => {});
    await new Promise((resolve) => gone.write(`GET / HTTP/1.1\r\n${headers(10)}`, resolve));
    gone.resetAndDestroy();
    await new Promise((resolve) => gone.on('close', resolve));
    expect((await get('')).status).toBe(200);
  });

  it('refuses a malformed request, and one without Host, with 400 in words', async () => {
    const bad = await raw('BREW /pot HTCPCP/1.0\r\n\r\n');
    expect(bad.status).toBe(400);
    expect(bad.body).toBe(
      'This is not a request the reader can read: it is not well-formed HTTP (HPE_INVALID_METHOD).\n',
    );
    const hostless = await raw('GET /healthz HTTP/1.1\r\nconnection: close\r\n\r\n');
    expect(hostless.status).toBe(400);
    expect(hostless.body).toBe(
      'This HTTP/1.1 request has no Host header, which HTTP/1.1 requires.\n',
    );
    // HTTP/1.0 needs none.
    expect((await raw('GET /healthz HTTP/1.0\r\n\r\n')).status).toBe(200);
  });

  it.each([
    ['HPE_HEADER_OVERFLOW', 431],
    ['HPE_CHUNK_EXTENSIONS_OVERFLOW', 413],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408],
    ['HPE_INVALID_HEADER_TOKEN', 400],
    ['ECONNRESET', undefined],
    [undefined, undefined],
  ])('answers a parser error %s with %s', (code, status) => {
    const refusal = parserRefusal(code);
    expect(refusal?.status).toBe(status);
    if (refusal) expect(refusal.why).toMatch(/^This .+\.$/);
  });
});
