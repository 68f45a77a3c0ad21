import { TextDecoder } from 'node:util';
import { formatBytes } from './limits.js';

/** Text decoded from a file's bytes, or why it is not text. */
export type Decoded = { text: string; encoding: string } | { reason: string };

const SNIFF_BYTES = 64 * 1024;
// More than 1 control byte in 100 is not a text file with a stray ESC; it is binary.
const MAX_CONTROL_RATIO = 0.01;

/** Decode corpus bytes: BOMs honoured, UTF-8 when valid, else Windows-1252; binary refused. */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string): Decoded {
  if (bytes.length === 0) return { reason: 'empty file (0 bytes)' };
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const binary = binaryReason(bytes);
  if (binary) return { reason: binary };
  const declared = declaredCharset && decodeAs(bytes, declaredCharset);
  if (declared) return declared;
  return decodeAs(bytes, 'utf-8') ?? decodeAs(bytes, 'windows-1252', false)!;
}

function decodeWithBom(bytes: Uint8Array): Decoded | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8', false);
  if (a === 0xff && b === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le', false);
  if (a === 0xfe && b === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be', false);
  return undefined;
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
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return `binary file (NUL bytes), ${formatBytes(bytes.length)}`;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
    }
  }
  return controls > sample.length * MAX_CONTROL_RATIO
    ? `binary file (${controls} control characters in the first ${formatBytes(sample.length)})`
    : undefined;
}
