import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { MAX_QUESTION_CHARS } from '../answers/ask.js';
import { thousands } from '../text/count.js';

/*
 * How much of a request the reader reads, and what it answers past that: a status and a sentence
 * saying why, never an empty 400 or 431.
 */

/** The request head the reader reads: a URL of 20,000 ASCII or 7,000 CJK characters, not 100 KB. */
export const READER_HEADER_BYTES = 64 * 1024;

/**
 * Headers the reader reads, as Apache's LimitRequestFields: browsers send about 20 and proxies add
 * a few. Past Node's own count (maxHeadersCount) the rest would be dropped silently, Host with them.
 */
export const READER_HEADERS = 100;

/** What the reader answers a request it will not read. */
export interface Refusal {
  status: number;
  /** Why, in a sentence or two, for whoever sent it (curl, a proxy's log, a person). */
  why: string;
}

const HEADER_OVERFLOW: Refusal = {
  status: 431,
  why:
    `This request's address and headers come to more than the ${thousands(READER_HEADER_BYTES / 1024)} KB ` +
    `the reader reads. A question can be at most ${thousands(MAX_QUESTION_CHARS)} characters: ` +
    'ask a shorter one, or send fewer or shorter headers.',
};

/**
 * The answer to a request Node's parser refused with error `code`, or null for an error of the
 * socket itself (ECONNRESET, EPIPE), which leaves no one to answer.
 */
export function parserRefusal(code: string | undefined): Refusal | null {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return HEADER_OVERFLOW;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, why: "This request's chunk extensions are too large to read." };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, why: 'This request did not arrive in time. Send it again.' };
  }
  if (!code?.startsWith('HPE_')) return null;
  return {
    status: 400,
    why: `This is not a request the reader can read: it is not well-formed HTTP (${code}).`,
  };
}

/**
 * Why the reader refuses a request Node parsed, or null when it reads it. The server keeps one
 * header past READER_HEADERS (maxHeadersCount), so that a request with more is seen, not cut short.
 */
export function headRefusal(req: IncomingMessage): Refusal | null {
  const headers = req.rawHeaders.length / 2;
  if (headers > READER_HEADERS) {
    return {
      status: 431,
      why: `This request has more than ${READER_HEADERS} headers; the reader reads at most ${READER_HEADERS}.`,
    };
  }
  // RFC 9112 §3.2; the server answers it here, in words, rather than with Node's empty 400.
  if (req.httpVersion === '1.1' && req.headers.host === undefined) {
    return {
      status: 400,
      why: 'This HTTP/1.1 request has no Host header, which HTTP/1.1 requires.',
    };
  }
  return null;
}

/**
 * A `clientError` listener: a request Node's HTTP parser refused (headers past
 * READER_HEADER_BYTES, a malformed line) gets its status and why, then the connection ends.
 * @see https://nodejs.org/docs/latest-v20.x/api/http.html#event-clienterror
 */
export function answerClientError(error: Error, socket: Duplex): void {
  const refusal = parserRefusal((error as NodeJS.ErrnoException).code);
  // A socket that is reset or closed has no one to read an answer, and one written after a
  // response has begun would corrupt it: Node's own default writes nothing then either.
  if (refusal && socket.writable && !responseBegun(socket)) socket.write(responseText(refusal));
  // As Node's default does: nothing past the error can be read, so the connection ends.
  socket.destroy();
}

function responseBegun(socket: Duplex): boolean {
  // Node's own check (lib/_http_server.js socketOnError): the response in flight on this socket.
  const inFlight = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
  return inFlight?.headersSent ?? false;
}

function responseText({ status, why }: Refusal): string {
  const body = `${why}\n`;
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'content-type: text/plain; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'x-content-type-options: nosniff',
    'cache-control: no-store',
    'connection: close',
    '',
    body,
  ].join('\r\n');
}
