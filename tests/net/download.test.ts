import dns from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ownBuffer } from '../../src/engine/worker-pool.js';
import { InputError } from '../../src/errors.js';
import { DownloadError, USER_AGENT, download } from '../../src/net/download.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const LOCAL = { allow: ['127.0.0.1'] };
const ARTICLE =
  '<html><head><title>Trams</title></head><body><p>The council voted.</p></body></html>';

let server: Server;
let port = 0;
let base = '';
const open = new Set<ServerResponse>();

function page(type: string | undefined, body: string, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, type ? { 'content-type': type } : {});
    res.end(body);
  };
}

function redirect(status: number, location: () => string): Handler {
  return (_req, res) => {
    res.writeHead(status, { location: location() });
    res.end();
  };
}

const ROUTES: Record<string, Handler> = {
  '/article.html': page('text/html; charset=UTF-8', ARTICLE),
  '/page.xhtml': page('application/xhtml+xml', ARTICLE),
  '/notes.txt': page('text/plain', 'Plain notes.'),
  '/odd-type': page('constructor', 'A hostile server names a type that is an object member.'),
  '/readme': page('text/markdown; charset="ISO-8859-1"', '# Readme\n\nText.'),
  '/old-readme': page('Text/X-Markdown', '# Old'),
  '/bare.md': page(undefined, '# Bare'),
  '/bare': page(undefined, 'what am I?'),
  '/report.pdf': page('application/pdf', '%PDF-1.7'),
  '/missing': page('text/html', 'gone', 404),
  '/broken': page('text/html', 'oops', 500),
  '/headers': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(JSON.stringify(req.headers));
  },
  '/redirect': redirect(302, () => '/article.html'),
  '/redirect-absolute': redirect(301, () => `${base}/notes.txt`),
  '/see-other': redirect(303, () => '/redirect'),
  '/no-location': (_req, res) => {
    res.writeHead(302);
    res.end();
  },
  '/to-private': redirect(302, () => 'http://10.0.0.1/'),
  '/to-ipv6-loopback': redirect(307, () => `http://[::1]:${port}/article.html`),
  '/to-metadata': redirect(308, () => 'http://169.254.169.254/latest/meta-data/'),
  '/to-file': redirect(302, () => 'file:///etc/passwd'),
  '/loop-a': redirect(302, () => '/loop-b'),
  '/loop-b': redirect(302, () => '/loop-a'),
  '/gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end('not really gzip');
  },
  // Never answers: the client must give up on its own.
  '/stall': (_req, res) => open.add(res),
  // Headers, a little body, then nothing.
  '/slow-body': (_req, res) => {
    open.add(res);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('a start');
  },
  // Chunked and endless: only the running byte count can stop it.
  '/endless': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('x'.repeat(1024)), 2);
    res.on('close', () => clearInterval(timer));
  },
  // Declares a large body, sends a little and stalls: refusing it must not wait for the body.
  '/declared-large': (_req, res) => {
    open.add(res);
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000000' });
    res.write('<html>');
  },
  '/exactly-1000': page('text/plain', 'y'.repeat(1000)),
  // A declared length, the body in many writes, some arriving later: read whole, in order.
  '/in-parts': (_req, res) => {
    const parts = Array.from(
      { length: 40 },
      (_, i) => `${String(i).padStart(2, '0')}${'z'.repeat(5000)}`,
    );
    res.writeHead(200, {
      'content-type': 'text/plain',
      'content-length': String(parts.join('').length),
    });
    parts.slice(0, 20).forEach((part) => res.write(part));
    setTimeout(() => res.end(parts.slice(20).join('')), 20);
  },
  // No declared length (chunked): the same parts, joined at the end.
  '/chunked-parts': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 40; i++) res.write(`${String(i).padStart(2, '0')}${'z'.repeat(5000)}`);
    res.end();
  },
  '/cut': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100' });
    res.write('only part');
    setTimeout(() => req.socket.destroy(), 20);
  },
};

beforeAll(async () => {
  for (let n = 1; n <= 6; n++) ROUTES[`/chain/${n}`] = redirect(302, () => `/chain/${n - 1}`);
  ROUTES['/chain/0'] = page('text/plain', 'end of the chain');
  server = createServer((req, res) =>
    (ROUTES[req.url ?? ''] ?? page('text/plain', '?', 404))(req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const res of open) res.destroy();
  open.clear();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The refusal `promise` ends with; fails the test when it resolves or throws anything else. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail('expected a DownloadError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DownloadError);
  expect(error).toBeInstanceOf(InputError);
  const message = (error as DownloadError).message;
  expect(message).not.toMatch(/\n|\s{2}|at .*\(.*:\d+:\d+\)/);
  expect(message.length).toBeLessThan(300);
  return message;
}

/** Stands in for DNS: `host` resolves to `addresses`; every other name is unknown. */
function fakeDns(host: string, ...answers: LookupAddress[][]) {
  const lookup = vi.fn(async (name: string) => {
    const next =
      name === host
        ? answers[Math.min(lookup.mock.calls.length - 1, answers.length - 1)]
        : undefined;
    if (!next)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return next;
  });
  vi.spyOn(dns.promises, 'lookup').mockImplementation(
    lookup as unknown as typeof dns.promises.lookup,
  );
  return lookup;
}

const v4 = (address: string): LookupAddress => ({ address, family: 4 });

describe('pages it adds', () => {
  it.each([
    ['/article.html', 'html', 'text/html', 'utf-8', ARTICLE],
    ['/page.xhtml', 'html', 'application/xhtml+xml', undefined, ARTICLE],
    ['/notes.txt', 'text', 'text/plain', undefined, 'Plain notes.'],
    ['/readme', 'markdown', 'text/markdown', 'iso-8859-1', '# Readme\n\nText.'],
    ['/old-readme', 'markdown', 'text/x-markdown', undefined, '# Old'],
    ['/bare.md', 'markdown', 'text/markdown', undefined, '# Bare'],
  ])('fetches %s as %s', async (path, kind, contentType, charset, body) => {
    const got = await download(`${base}${path}`, LOCAL);
    expect(got).toEqual({
      url: `${base}${path}`,
      kind,
      contentType,
      charset,
      body: Buffer.from(body),
    });
  });

  it('sends its user agent, asks for uncompressed bytes and names the host', async () => {
    const got = await download(`${base}/headers`, LOCAL);
    const headers = JSON.parse(got.body.toString()) as Record<string, string>;
    expect(headers['user-agent']).toBe(USER_AGENT);
    expect(headers['accept-encoding']).toBe('identity');
    expect(headers.host).toBe(`127.0.0.1:${port}`);
  });

  it.each(['/in-parts', '/chunked-parts'])(
    'reads a body sent in parts whole (%s)',
    async (path) => {
      const got = await download(`${base}${path}`, LOCAL);
      const expected = Array.from(
        { length: 40 },
        (_, i) => `${String(i).padStart(2, '0')}${'z'.repeat(5000)}`,
      );
      expect(got.body.toString()).toBe(expected.join(''));
      // Either way the body is a buffer of its own, which moves to the worker thread uncopied.
      expect(ownBuffer(got.body)).toHaveLength(1);
    },
  );

  it('accepts a body of exactly maxBytes', async () => {
    const got = await download(`${base}/exactly-1000`, { ...LOCAL, maxBytes: 1000 });
    expect(got.body.length).toBe(1000);
  });
});

describe('the default policy', () => {
  it('refuses the very same local server', async () => {
    const message = await refusal(download(`${base}/article.html`));
    expect(message).toBe(
      "That address (127.0.0.1) points to the bot's own machine (loopback); I only fetch public web pages.",
    );
  });

  it('refuses a hostname that resolves to loopback (localhost)', async () => {
    const message = await refusal(download(`http://localhost:${port}/article.html`));
    expect(message).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1), which points to the bot's own machine/,
    );
  });

  it.each([
    ['http://2130706433/', '127.0.0.1', 'loopback'],
    ['http://0x7f.1/', '127.0.0.1', 'loopback'],
    ['http://[::1]/', '::1', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1', 'loopback'],
    ['http://10.0.0.5/', '10.0.0.5', 'private network'],
    ['https://192.168.1.1:8443/admin', '192.168.1.1', 'private network'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'metadata'],
    ['http://[fe80::1]/', 'fe80::1', 'link-local'],
    ['http://0.0.0.0/', '0.0.0.0', 'reserved'],
  ])('refuses the IP-literal link %s', async (url, address, range) => {
    const message = await refusal(download(url));
    expect(message).toContain(`(${address})`);
    expect(message).toContain(range);
  });

  it('allows only what the allowance names', async () => {
    const message = await refusal(download(`${base}/article.html`, { allow: ['127.0.0.2'] }));
    expect(message).toContain('loopback');
  });
});

describe('DNS', () => {
  it('connects to the address it checked, keeping the hostname for Host (no rebinding)', async () => {
    // A rebinding resolver: the first answer is allowed, any later one is private.
    const lookup = fakeDns('news.example', [v4('127.0.0.1')], [v4('10.0.0.1')]);
    const got = await download(`http://news.example:${port}/headers`, LOCAL);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(got.url).toBe(`http://news.example:${port}/headers`);
    expect(JSON.parse(got.body.toString()).host).toBe(`news.example:${port}`);
  });

  it('refuses when any resolved address is not public', async () => {
    fakeDns('mixed.example', [v4('127.0.0.1'), v4('10.0.0.7')]);
    const message = await refusal(download(`http://mixed.example:${port}/article.html`, LOCAL));
    expect(message).toBe(
      'mixed.example resolves to 10.0.0.7, which points to a private network; I only fetch public web pages.',
    );
  });

  it('refuses a public name with one private address before connecting', async () => {
    fakeDns('split.example', [v4('93.184.215.14'), { address: 'fd00::1', family: 6 }]);
    const message = await refusal(download('http://split.example/'));
    expect(message).toContain('fd00::1');
  });

  it('names a host that does not resolve', async () => {
    fakeDns('known.example');
    const message = await refusal(download('https://nowhere.example/story'));
    expect(message).toBe(
      'I could not find the site nowhere.example; check the spelling of the link.',
    );
  });

  it('counts a hanging lookup against the timeout', async () => {
    vi.spyOn(dns.promises, 'lookup').mockImplementation(() => new Promise(() => {}));
    const message = await refusal(download('https://slow-dns.example/', { timeoutMs: 100 }));
    expect(message).toContain('took longer than 100 ms');
  });
});

describe('redirects', () => {
  it.each([
    ['/redirect', '/article.html'],
    ['/redirect-absolute', '/notes.txt'],
    ['/see-other', '/article.html'],
    ['/chain/5', '/chain/0'],
  ])('follows %s to %s and reports the final URL', async (path, final) => {
    const got = await download(`${base}${path}`, LOCAL);
    expect(got.url).toBe(`${base}${final}`);
  });

  it('refuses more than maxRedirects hops', async () => {
    const message = await refusal(download(`${base}/chain/6`, LOCAL));
    expect(message).toBe('That link redirects more than 5 times; send the final address instead.');
    await refusal(download(`${base}/redirect`, { ...LOCAL, maxRedirects: 0 }));
  });

  it('refuses a loop', async () => {
    const message = await refusal(download(`${base}/loop-a`, LOCAL));
    expect(message).toContain('redirects in a loop');
  });

  it.each([
    ['/to-private', 'That link redirects to 10.0.0.1, which points to a private network'],
    ['/to-ipv6-loopback', "That link redirects to ::1, which points to the bot's own machine"],
    ['/to-metadata', 'That link redirects to 169.254.169.254, which points to a link-local'],
    ['/to-file', 'That link redirects to a file: address'],
  ])('re-checks every hop: %s is refused', async (path, start) => {
    const message = await refusal(download(`${base}${path}`, LOCAL));
    expect(message.startsWith(start)).toBe(true);
  });

  it('treats a redirect without Location as a failed page', async () => {
    expect(await refusal(download(`${base}/no-location`, LOCAL))).toContain('HTTP 302');
  });
});

describe('responses it refuses', () => {
  it.each([
    ['/missing', 'That link answered HTTP 404 (Not Found)'],
    ['/broken', 'That link answered HTTP 500 (Internal Server Error)'],
  ])('names the status of %s', async (path, start) => {
    expect(await refusal(download(`${base}${path}`, LOCAL))).toMatch(
      new RegExp(`^${start.replace(/[()]/g, '\\$&')}`),
    );
  });

  it('names a content type it cannot add', async () => {
    expect(await refusal(download(`${base}/report.pdf`, LOCAL))).toBe(
      'That link serves application/pdf; I can add HTML, plain text or Markdown pages.',
    );
  });

  // A plain object answered Object.prototype's member, a function, as the page's kind.
  it('refuses a content type that names a member of every object ("constructor")', async () => {
    expect(await refusal(download(`${base}/odd-type`, LOCAL))).toBe(
      'That link serves constructor; I can add HTML, plain text or Markdown pages.',
    );
  });

  it('refuses a page with no content type and no telling extension', async () => {
    expect(await refusal(download(`${base}/bare`, LOCAL))).toBe(
      'That link does not say what kind of file it serves; I can add HTML, plain text or Markdown pages.',
    );
  });

  it('refuses a compressed body it did not ask for', async () => {
    expect(await refusal(download(`${base}/gzip`, LOCAL))).toContain('compressed (gzip)');
  });

  it('stops an endless body as soon as it passes maxBytes', async () => {
    const message = await refusal(download(`${base}/endless`, { ...LOCAL, maxBytes: 8 * 1024 }));
    expect(message).toBe('That page is larger than 8 KB; I only add pages up to that size.');
  });

  it('refuses a declared Content-Length over maxBytes without reading the body', async () => {
    const started = Date.now();
    const message = await refusal(
      download(`${base}/declared-large`, { ...LOCAL, maxBytes: 1000, timeoutMs: 5000 }),
    );
    expect(message).toBe('That page is larger than 1000 bytes; I only add pages up to that size.');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a connection cut before the body ended', async () => {
    expect(await refusal(download(`${base}/cut`, LOCAL))).toContain(
      'broke before the page finished',
    );
  });

  it.each(['/stall', '/slow-body'])('gives up on %s after timeoutMs', async (path) => {
    const started = Date.now();
    const message = await refusal(download(`${base}${path}`, { ...LOCAL, timeoutMs: 300 }));
    expect(message).toBe(
      'That page took longer than 300 ms to download; try again later or use another link.',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says "10 s" with the default timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      vi.spyOn(dns.promises, 'lookup').mockImplementation(() => new Promise(() => {}));
      const pending = refusal(download('https://slow-dns.example/'));
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await pending).toContain('took longer than 10 s');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses connection failures in words', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await refusal(download(`http://127.0.0.1:${freePort}/`, LOCAL))).toBe(
      '127.0.0.1 refused the connection.',
    );
  });
});

describe('links it refuses before any connection', () => {
  it.each([
    ['', 'Give me a link'],
    ['   ', 'Give me a link'],
    ['not a url', 'not a web address'],
    ['example.com/story', 'not a web address'],
    ['http://', 'not a web address'],
    ['http://[::1', 'not a web address'],
    ['http://exa mple.com/', 'not a web address'],
    ['file:///etc/passwd', 'not file: ones'],
    ['ftp://example.com/pub/story.txt', 'not ftp: ones'],
    ['javascript:alert(1)', 'not javascript: ones'],
    ['data:text/html,<p>hi</p>', 'not data: ones'],
    ['gopher://example.com/', 'not gopher: ones'],
    ['https://user:secret@example.com/story', 'user name or password'],
    ['https://user@example.com/story', 'user name or password'],
    [`https://example.com/${'a'.repeat(10_000)}`, 'characters long'],
  ])('refuses %j', async (url, words) => {
    const lookup = vi.spyOn(dns.promises, 'lookup');
    const message = await refusal(download(url));
    expect(message).toContain(words);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('refuses a non-string without crashing', async () => {
    await refusal(download(undefined as unknown as string));
  });
});
