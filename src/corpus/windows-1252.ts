import { Buffer } from 'node:buffer';

// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 and turns curly quotes and dashes
// into invisible C1 controls, so the 32 bytes where the two differ are mapped here.
// Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code points, as in WHATWG.
const HIGH = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];

/** Decode Windows-1252 bytes (the usual encoding of text that is not valid UTF-8). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}
