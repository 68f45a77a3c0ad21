import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { formatBytes } from './limits.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Text decoded from a file's bytes, or why it is not text. */
export type Decoded = { text: string; encoding: string } | { reason: string };

const SNIFF_BYTES = 64 * 1024;
// More than 1 control byte in 100 is not a text file with a stray ESC; it is binary.
const MAX_CONTROL_RATIO = 0.01;
// eslint-disable-next-line no-control-regex -- counting control bytes is the point
const CONTROL_BYTES = /[\x01-\x08\x0b\x0e-\x1f]/g;

/** Decode corpus bytes: BOMs honoured, UTF-8 when valid, else Windows-1252; binary refused. */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string): Decoded {
  if (bytes.length === 0) return { reason: 'empty file (0 bytes)' };
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  const binary = binaryReason(bytes);
  if (binary) return { reason: binary };
  // A declared Windows-1252/Latin-1 page takes the same path as undeclared legacy text below.
  const declared =
    declaredCharset &&
    !/^(?:utf-?8|windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii|ascii)$/i.test(declaredCharset) &&
    decodeAs(bytes, declaredCharset);
  if (declared) return declared;
  // isUtf8 and Buffer#toString are native fast paths; TextDecoder's fatal mode is much slower.
  if (isUtf8(bytes))
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      encoding: 'utf-8',
    };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function decodeWithBom(bytes: Uint8Array): Decoded | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8', false);
  if (a === 0xff && b === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le', false);
  if (a === 0xfe && b === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be', false);
  return undefined;
}

// UTF-16 without a byte-order mark: text in Latin script has a NUL as every other byte, the high
// byte of each character (odd bytes in little-endian, even in big-endian), and almost none between.
const MIN_HIGH_NUL_SHARE = 0.7;
const MAX_LOW_NUL_SHARE = 0.02;

/** The byte order UTF-16 text without a BOM appears to have, judged from its NUL bytes. */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length < 4 || sample.indexOf(0) < 0) return undefined;
  const nuls = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls[i % 2]!++;
  const half = sample.length / 2;
  const [even, odd] = nuls as [number, number];
  if (odd >= half * MIN_HIGH_NUL_SHARE && even <= half * MAX_LOW_NUL_SHARE) return 'utf-16le';
  if (even >= half * MIN_HIGH_NUL_SHARE && odd <= half * MAX_LOW_NUL_SHARE) return 'utf-16be';
  return undefined;
}

/** UTF-16 text without a BOM, decoded, when it decodes cleanly into text. */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  const order = utf16ByteOrder(bytes);
  if (!order) return undefined;
  if (bytes.length % 2 !== 0)
    return { reason: utf16Reason(bytes, 'it has an odd number of bytes') };
  const decoded = decodeAs(bytes, order);
  if (!decoded || 'reason' in decoded) return { reason: utf16Reason(bytes, 'it does not decode') };
  const sample = decoded.text.slice(0, SNIFF_BYTES);
  const controls = sample.match(CONTROL_BYTES)?.length ?? 0;
  if (controls > sample.length * MAX_CONTROL_RATIO) {
    return { reason: utf16Reason(bytes, `${controls} control characters once decoded`) };
  }
  return decoded;
}

function utf16Reason(bytes: Uint8Array, why: string): string {
  return `binary file (NUL bytes), ${formatBytes(bytes.length)}: looks like UTF-16 without a byte-order mark, but ${why}`;
}

/** `fatal` makes invalid input return undefined instead of U+FFFD mojibake. */
function decodeAs(bytes: Uint8Array, label: string, fatal = true): Decoded | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal });
  } catch {
    return undefined; // unknown charset label
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return undefined;
  }
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) >= 0) return `binary file (NUL bytes), ${formatBytes(bytes.length)}`;
  // latin1 maps each byte to one char, so a native regex can count the control bytes.
  const text = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1');
  const controls = text.match(CONTROL_BYTES)?.length ?? 0;
  return controls > sample.length * MAX_CONTROL_RATIO
    ? `binary file (${controls} control characters in the first ${formatBytes(sample.length)})`
    : undefined;
}
