// The layout of a snapshot file (src/search/snapshot.ts), for tests that damage one record of it.

/** One record of a snapshot: its number (the header is 1), kind, and where its payload lies. */
export interface SnapshotRecord {
  number: number;
  kind: number;
  /** Byte offset of the record's head; the payload follows it. */
  head: number;
  payload: Buffer;
}

export const RECORD_KIND = {
  header: 1,
  passages: 2,
  texts: 3,
  extra: 4,
  end: 5,
  postings: 6,
  counts: 7,
  later: 8,
} as const;
const HEAD_BYTES = 12;

/** The records of snapshot `bytes`, their payloads views into it (editing one edits the file). */
export function snapshotRecords(bytes: Buffer): SnapshotRecord[] {
  const out: SnapshotRecord[] = [];
  let at = bytes.indexOf(10) + 1;
  while (at + HEAD_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(at + 4);
    const payload = bytes.subarray(at + HEAD_BYTES, at + HEAD_BYTES + length);
    out.push({ number: out.length + 1, kind: bytes.readUInt32LE(at), head: at, payload });
    at += HEAD_BYTES + length;
  }
  return out;
}
