import { read } from 'node:fs';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

// The snapshot records whose payload stays in memory (passage numbers, term lists, counts: ~60 MB
// at ~95k passages) are read before the loader reaches them. On this machine a page costs twice on
// first use: once when a read fills it (~7 ms/MB) and once more when the program first touches it
// (~3.5 ms/MB, the checksum does). A big snapshot's are read by a thread of their own, which
// checks them and hands the memory over (transferred, not copied), so neither cost falls on the
// main thread, which meanwhile unpacks the passages. A small snapshot's are read by the reading
// threads (the thread would cost more to start than it saves).

/** Where a kept record's payload lies, and its checksum. */
export interface KeptRecord {
  number: number;
  at: number;
  length: number;
  crc: number;
}

/** The kept payloads being read. */
export interface KeptReads {
  /** The payload of record `number`, or undefined when it is not a kept record. */
  get(number: number): Promise<Uint8Array> | undefined;
  /** True when the payloads come with their checksums verified. */
  readonly checked: boolean;
  /** Stop reading; resolves once nothing reads from the file any longer. */
  close(): Promise<void>;
}

/** Kept payloads at or past this many bytes in all are read on a thread of their own. */
export const THREAD_BYTES = 16 * 2 ** 20;

/** Start reading the payloads of `records` from `fd`. */
export function readKept(fd: number, records: KeptRecord[]): KeptReads {
  const bytes = records.reduce((n, r) => n + r.length, 0);
  return bytes >= THREAD_BYTES ? onThread(fd, records) : onPool(fd, records);
}

const readAsync = promisify(read);

/** The `length` bytes at `position` of `fd` into `into`, or an error when the file ends first. */
async function readFully(fd: number, into: Uint8Array, length: number, position: number) {
  for (let done = 0; done < length;) {
    const { bytesRead } = await readAsync(fd, into, done, length - done, position + done);
    if (bytesRead === 0) throw new Error('cut off');
    done += bytesRead;
  }
}

function onPool(fd: number, records: KeptRecord[]): KeptReads {
  const reads = new Map<number, Promise<Uint8Array>>();
  for (const { number, at, length } of records) {
    const payload = new Uint8Array(length);
    const reading = readFully(fd, payload, length, at).then(() => payload);
    reading.catch(() => undefined); // awaited in turn, unless an earlier record failed
    reads.set(number, reading);
  }
  return {
    get: (number) => reads.get(number),
    checked: false,
    close: async () => void (await Promise.allSettled(reads.values())),
  };
}

/** What the reading thread says of one record. */
interface Message {
  number: number;
  payload?: Uint8Array;
  problem?: string;
}

// Plain JavaScript run as the thread's script (CommonJS, so `require`), kept out of the build:
// it needs nothing of ours. It reads the records in order and stops at the first bad one.
const THREAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { crc32 } = require('node:zlib');
for (const { number, at, length, crc } of workerData.records) {
  const payload = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const n = readSync(workerData.fd, payload, done, length - done, at + done);
    if (n === 0) break;
    done += n;
  }
  const problem =
    done < length ? 'cut off' : crc32(payload) !== crc ? 'checksum mismatch on record ' + number : undefined;
  if (problem) {
    parentPort.postMessage({ number, problem });
    break;
  }
  parentPort.postMessage({ number, payload }, [payload.buffer]);
}
`;

function onThread(fd: number, records: KeptRecord[]): KeptReads {
  const waiting = new Map<
    number,
    { resolve: (p: Uint8Array) => void; reject: (e: Error) => void }
  >();
  const reads = new Map<number, Promise<Uint8Array>>();
  for (const { number } of records) {
    const reading = new Promise<Uint8Array>((resolve, reject) =>
      waiting.set(number, { resolve, reject }),
    );
    reading.catch(() => undefined); // awaited in turn, unless an earlier record failed
    reads.set(number, reading);
  }
  const failAll = (error: Error): void => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const worker = new Worker(THREAD_SCRIPT, { eval: true, workerData: { fd, records } });
  worker.on('message', ({ number, payload, problem }: Message) => {
    if (!payload) return failAll(new Error(problem));
    waiting.get(number)?.resolve(payload);
    waiting.delete(number);
  });
  worker.on('error', failAll);
  const exited = new Promise<void>((resolve) =>
    worker.on('exit', () => {
      failAll(new Error('the snapshot reading thread stopped'));
      resolve();
    }),
  );
  return {
    get: (number) => reads.get(number),
    checked: true,
    close: async () => {
      if (waiting.size > 0) await worker.terminate();
      await exited;
    },
  };
}
