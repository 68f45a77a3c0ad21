import dns from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import type { IncomingMessage, RequestOptions } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { formatBytes } from '../corpus/limits.js';
import { oneLine } from '../corpus/normalize.js';
import { InputError } from '../errors.js';
import { wordTable } from '../text/word-table.js';
import { allowance, specialRange } from './addresses.js';

/** Limits for one download; `allow` lists addresses or CIDRs let through although not public. */
export interface DownloadPolicy {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** For tests and operators only (e.g. `['127.0.0.1']`); moderators never supply it. */
  allow: string[];
  /**
   * Read the body as this kind whatever type the server names: for a Discord attachment, whose
   * file name already said what it is while the CDN may call it application/octet-stream.
   * Binary content is still refused later, by the corpus decoder.
   */
  kind?: Downloaded['kind'];
}

export interface Downloaded {
  /** The final URL, after redirects. */
  url: string;
  kind: 'html' | 'text' | 'markdown';
  /** Lower-case media type without parameters, e.g. `text/html`; implied by the extension when absent. */
  contentType: string;
  charset?: string;
  body: Buffer;
}

/** A refusal a moderator can act on; the one-line message is shown as is. */
export class DownloadError extends InputError {
  override name = 'DownloadError';
}

export const DEFAULT_DOWNLOAD_POLICY: Readonly<DownloadPolicy> = Object.freeze({
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allow: [],
});

export const USER_AGENT = 'FootnoteBot/1.0 (+https://github.com/footnote)';

const MAX_URL_LENGTH = 2048;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Looked up by whatever type a server names ("constructor" too): tables with no prototype.
const KINDS = wordTable<Downloaded['kind']>({
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
});
// Only when a server names no type at all: some static hosts serve .md files bare.
const EXTENSIONS: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};
const WHAT_I_ADD = 'I can add HTML, plain text or Markdown pages.';

type Hop = { redirect: URL } | { page: Downloaded };

interface Context {
  policy: DownloadPolicy;
  allowed: (address: string) => boolean;
  signal: AbortSignal;
}

/**
 * Fetches a moderator-supplied http(s) URL for the corpus: only public addresses (each hop checked,
 * and the connection pinned to the checked address), bounded in time, size and redirects.
 * Every refusal is a DownloadError; an unreadable `allow` entry is an operator's TypeError.
 */
export async function download(url: string, policy?: Partial<DownloadPolicy>): Promise<Downloaded> {
  const settings: DownloadPolicy = { ...DEFAULT_DOWNLOAD_POLICY, ...policy };
  const allowed = allowance(settings.allow);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const context = { policy: settings, allowed, signal: controller.signal };
  try {
    return await follow(parseLink(url), context);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new DownloadError(
        `That page took longer than ${duration(settings.timeoutMs)} to download; try again later or use another link.`,
      );
    }
    throw error instanceof DownloadError ? error : unexpected(error);
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: URL, context: Context): Promise<Downloaded> {
  const seen = new Set<string>();
  let url = start;
  for (let redirects = 0; ; redirects++) {
    seen.add(withoutHash(url));
    const hop = await fetchOnce(url, redirects > 0, context);
    if ('page' in hop) return hop.page;
    if (redirects >= context.policy.maxRedirects) {
      throw new DownloadError(
        `That link redirects more than ${context.policy.maxRedirects} times; send the final address instead.`,
      );
    }
    if (seen.has(withoutHash(hop.redirect))) {
      throw new DownloadError('That link redirects in a loop; send the final address instead.');
    }
    url = hop.redirect;
  }
}

async function fetchOnce(url: URL, redirected: boolean, context: Context): Promise<Hop> {
  const addresses = await checkedAddresses(url, redirected, context);
  const response = await request(url, addresses, context.signal);
  try {
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) return { redirect: parseRedirect(location, url) };
    if (status < 200 || status > 299) {
      const reason = http.STATUS_CODES[status] ?? 'an unexpected status';
      throw new DownloadError(
        `That link answered HTTP ${status} (${reason}); I can only add pages that load successfully.`,
      );
    }
    const { contentType, kind, charset } = classify(response, url, context.policy.kind);
    checkEncoding(response);
    const declared = declaredLength(response, context.policy.maxBytes);
    const body = await readBody(response, { maxBytes: context.policy.maxBytes, declared }, url);
    return { page: { url: url.href, kind, contentType, ...(charset ? { charset } : {}), body } };
  } finally {
    response.destroy();
  }
}

/** Reads and checks the link a moderator typed; throws a DownloadError naming what is wrong. */
function parseLink(input: string): URL {
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text) throw new DownloadError('Give me a link to add, starting with https://.');
  if (text.length > MAX_URL_LENGTH) {
    throw new DownloadError(
      `That link is ${text.length.toLocaleString('en')} characters long; I accept links up to ${MAX_URL_LENGTH.toLocaleString('en')}.`,
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DownloadError(
      'That is not a web address I can read; it should look like https://example.com/story.',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DownloadError(
      `I only fetch http:// and https:// links, not ${clip(url.protocol, 20)} ones.`,
    );
  }
  if (url.username || url.password) {
    throw new DownloadError(
      'That link contains a user name or password; remove them and send it again.',
    );
  }
  return url;
}

function parseRedirect(location: string, base: URL): URL {
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    throw new DownloadError('That link redirects to an address I cannot read.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DownloadError(
      `That link redirects to a ${clip(url.protocol, 20)} address; I only follow http:// and https:// links.`,
    );
  }
  if (url.username || url.password) {
    throw new DownloadError('That link redirects to an address with a user name or password.');
  }
  if (url.href.length > MAX_URL_LENGTH) {
    throw new DownloadError('That link redirects to an address that is too long.');
  }
  return url;
}

/** Every address the host stands for, each one public or allowed; an IP-literal host stands for itself. */
async function checkedAddresses(
  url: URL,
  redirected: boolean,
  context: Context,
): Promise<LookupAddress[]> {
  const host = bareHost(url);
  const family = isIP(host);
  const addresses = family
    ? [{ address: host, family }]
    : await untilAborted(resolve(host, redirected), context.signal);
  for (const { address } of addresses) {
    const range = context.allowed(address) ? undefined : specialRange(address);
    if (range === undefined) continue;
    const shown = clip(host, 80);
    const subject = redirected
      ? `That link redirects to ${family ? address : `${shown} (${address})`}, which`
      : family
        ? `That address (${address})`
        : `${shown} resolves to ${address}, which`;
    throw new DownloadError(`${subject} points to ${range}; I only fetch public web pages.`);
  }
  return addresses;
}

async function resolve(host: string, redirected: boolean): Promise<LookupAddress[]> {
  try {
    const addresses = await dns.promises.lookup(host, { all: true });
    if (addresses.length > 0) return addresses;
  } catch {
    // ENOTFOUND, EAI_AGAIN…: the moderator can only check the spelling either way.
  }
  const shown = clip(host, 80);
  throw new DownloadError(
    redirected
      ? `That link redirects to ${shown}, a site I could not find.`
      : `I could not find the site ${shown}; check the spelling of the link.`,
  );
}

/** Sends the GET, connecting only to `addresses` (already checked) while keeping the hostname for Host and SNI. */
function request(
  url: URL,
  addresses: LookupAddress[],
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const options: RequestOptions = {
    hostname: bareHost(url),
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    headers: {
      'user-agent': USER_AGENT,
      accept: 'text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1',
      // Compressed bodies would slip past the byte limit; ask for the plain bytes.
      'accept-encoding': 'identity',
    },
    // A fresh connection per hop: a pooled socket would skip the address check.
    agent: false,
    lookup: pinnedLookup(addresses),
    signal,
  };
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolvePromise, reject) => {
    const outgoing = transport.request(options, resolvePromise);
    // Stays attached for the request's whole life, so a late socket error cannot go unhandled.
    outgoing.on('error', (error) => reject(connectionError(error, url)));
    outgoing.end();
  });
}

/** A `lookup` for http.request that answers with the checked addresses instead of asking DNS again. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = addresses.filter((a) => !options.family || a.family === options.family);
    const candidates = wanted.length > 0 ? wanted : addresses;
    // Node 20 asks for `all` when it races IPv4 and IPv6 (autoSelectFamily).
    if (options.all) callback(null, candidates);
    else callback(null, candidates[0]?.address ?? '', candidates[0]?.family ?? 4);
  };
}

function classify(
  response: IncomingMessage,
  url: URL,
  expected: Downloaded['kind'] | undefined,
): { contentType: string; kind: Downloaded['kind']; charset?: string } {
  const header = response.headers['content-type'];
  const [type = '', ...parameters] = (header ?? '').split(';');
  const contentType = type.trim().toLowerCase() || impliedType(url);
  const charset = parameters
    .map((p) => p.split('='))
    .find(([key]) => key?.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();
  if (expected) {
    return {
      contentType: contentType || 'unknown',
      kind: expected,
      ...(charset ? { charset } : {}),
    };
  }
  if (!contentType) {
    throw new DownloadError(`That link does not say what kind of file it serves; ${WHAT_I_ADD}`);
  }
  const kind = KINDS[contentType];
  if (!kind) throw new DownloadError(`That link serves ${clip(contentType, 80)}; ${WHAT_I_ADD}`);
  return { contentType, kind, ...(charset ? { charset } : {}) };
}

function impliedType(url: URL): string {
  const extension = /\.[a-z]+$/.exec(url.pathname.toLowerCase())?.[0] ?? '';
  return EXTENSIONS[extension] ?? '';
}

function checkEncoding(response: IncomingMessage): void {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    throw new DownloadError(
      `That site sent a compressed (${clip(encoding, 20)}) page although I asked for plain bytes; try another link.`,
    );
  }
}

/** The body's declared length (0 when none is); refuses one over `maxBytes` before any is read. */
function declaredLength(response: IncomingMessage, maxBytes: number): number {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  return Number.isSafeInteger(declared) && declared > 0 ? declared : 0;
}

/** Collects the body, giving up as soon as it passes `maxBytes` (the declared length may lie or be absent). */
async function readBody(
  response: IncomingMessage,
  { maxBytes, declared }: { maxBytes: number; declared: number },
  url: URL,
): Promise<Buffer> {
  // With a declared length each chunk is copied into one buffer as it arrives: joining a 5 MB
  // page's chunks at its end held the event loop ~20 ms, every answer in flight waiting.
  let whole = declared > 0 ? Buffer.allocUnsafe(declared) : undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      if (size + chunk.length > maxBytes) throw tooLarge(maxBytes);
      if (whole && size + chunk.length <= whole.length) chunk.copy(whole, size);
      else {
        // No length declared: collected, and joined at the end. (Node's parser hands over no more
        // than a declared length, so a body longer than it said is only guarded against here.)
        if (whole) chunks.push(whole.subarray(0, size));
        whole = undefined;
        chunks.push(chunk);
      }
      size += chunk.length;
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw cutOff(url);
  }
  if (!response.complete) throw cutOff(url);
  return whole ? whole.subarray(0, size) : Buffer.concat(chunks, size);
}

function tooLarge(maxBytes: number): DownloadError {
  return new DownloadError(
    `That page is larger than ${formatBytes(maxBytes)}; I only add pages up to that size.`,
  );
}

function cutOff(url: URL): DownloadError {
  return new DownloadError(
    `The connection to ${clip(url.hostname, 80)} broke before the page finished; try again later.`,
  );
}

function connectionError(error: Error & { code?: string }, url: URL): DownloadError {
  const host = clip(url.hostname, 80);
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED') return new DownloadError(`${host} refused the connection.`);
  if (code === 'ECONNRESET') return new DownloadError(`${host} closed the connection early.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new DownloadError(`I cannot reach ${host} from here (${code}).`);
  }
  if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) {
    return new DownloadError(`${host} has a security certificate I cannot trust (${code}).`);
  }
  if (code.startsWith('HPE_')) return new DownloadError(`${host} sent a response I cannot read.`);
  return new DownloadError(`I could not download from ${host} (${code || 'connection failed'}).`);
}

function unexpected(error: unknown): DownloadError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DownloadError(`I could not download that page (${clip(oneLine(detail), 120)}).`);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise
      .then(resolvePromise, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
