import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FootnoteEngine } from '../engine/api.js';
import { sourceTotals } from '../engine/catalog.js';
import { InputError } from '../errors.js';
import { STYLE } from './html.js';
import { readScope } from './links.js';
import type { Metrics } from './metrics.js';
import { articlePage, homePage, searchPage, sourcesPage } from './pages.js';
import { answerClientError, headRefusal, READER_HEADER_BYTES, READER_HEADERS } from './limits.js';

/** Nothing but our own stylesheet: no script, no inline style, no frames, forms only to us. */
const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  // A signed link must not leak to the sites an article links to.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Results per search: what /ask shows on its first pages. */
const SEARCH_RESULTS = 5;

/** What the reader serves from. */
export interface ReaderOptions {
  engine: FootnoteEngine;
  metrics: Metrics;
  /** Why the process is not ready to serve (e.g. the gateway is down), or null when it is. */
  unhealthy?: () => string | null;
  /** Key of the signed links to servers' additions; without it none are readable. */
  linkSecret?: string;
}

/** A running reader. */
export interface Reader {
  server: Server;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

/** Serve the reader, /healthz and /metrics on 127.0.0.1:`port` (0: any free port). */
export async function startReader(options: ReaderOptions, port: number): Promise<Reader> {
  // Room for a question past the length /ask takes, so that the page says so: at Node's 16 KiB,
  // 2,000 "习" (9 bytes each in the address) got an empty 431. Node's own refusal of a missing
  // Host is an empty 400, and wrong when Host was only dropped past the count: headRefusal says.
  const server = createServer(
    { maxHeaderSize: READER_HEADER_BYTES, requireHostHeader: false },
    (req, res) => {
      handle(options, req, res).catch(() => send(res, 500, 'text/plain', 'Internal error\n'));
    },
  );
  // One past what the reader reads, so that a request with more is seen, not cut short.
  server.maxHeadersCount = READER_HEADERS + 1;
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  options: ReaderOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const refusal = headRefusal(req);
  if (refusal) return send(res, refusal.status, 'text/plain; charset=utf-8', `${refusal.why}\n`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'text/plain', 'Method not allowed\n');
  }
  const url = requestUrl(req.url ?? '/');
  if (!url) return send(res, 404, 'text/plain', 'Not found\n');
  const path = url.pathname;
  const { engine } = options;
  if (path === '/healthz') return health(options, res);
  if (path === '/metrics') {
    const { body, contentType } = await options.metrics.render();
    return send(res, 200, contentType, body);
  }
  if (path === '/style.css') return send(res, 200, 'text/css', STYLE);
  if (path === '/') return sendPage(res, homePage(sourceTotals(engine.sources())));
  if (path === '/sources') return sendPage(res, sourcesPage(engine.sources()));
  if (path === '/search') return sendPage(res, searchPage(...search(engine, url.searchParams)));
  if (path.startsWith('/a/')) {
    const id = decodePath(path.slice(3));
    // A server's addition: only through a link signed for it; everything else is the shared corpus.
    const scope = id === undefined ? null : readScope(id, url.searchParams, options.linkSecret);
    const article = scope && engine.article(id!, scope.guild);
    if (article) {
      const cited = Number(url.searchParams.get('p'));
      return sendPage(res, articlePage(article, Number.isInteger(cited) ? cited : undefined));
    }
  }
  send(res, 404, 'text/plain', 'Not found\n');
}

/**
 * The address a request names. A path is read as a path: resolved against a base, "//sources"
 * named the host "sources" and served the home page, while "//a/x.txt" was a 404; now every
 * path the reader does not serve, "//sources" among them, is a 404.
 */
function requestUrl(target: string): URL | undefined {
  try {
    return target.startsWith('/') ? new URL(`http://reader.invalid${target}`) : new URL(target);
  } catch {
    return undefined;
  }
}

function search(
  engine: FootnoteEngine,
  params: URLSearchParams,
): [string, Parameters<typeof searchPage>[1]] {
  // Not cut short here: the engine measures the whole question, so a 3,000-character one is
  // refused as 3,000, not as the 2,000 a cut left. READER_HEADER_BYTES bounds it anyway, and the
  // page echoes only its start (pages.ts).
  const query = params.get('q') ?? '';
  if (!query.trim()) return [query, null];
  try {
    return [query, engine.ask(query, { k: SEARCH_RESULTS })];
  } catch (error) {
    if (error instanceof InputError) return [query, { error: error.message }];
    throw error;
  }
}

function health(options: ReaderOptions, res: ServerResponse): void {
  // The reader starts once the index is loaded, so only the gateway can be missing.
  const reason = options.unhealthy?.() ?? null;
  const body = reason ? { status: 'unavailable', reason } : { status: 'ok' };
  send(res, reason ? 503 : 200, 'application/json', `${JSON.stringify(body)}\n`);
}

function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined; // malformed %-escapes: a plain 404
  }
}

function sendPage(res: ServerResponse, body: string): void {
  send(res, 200, 'text/html; charset=utf-8', body);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
