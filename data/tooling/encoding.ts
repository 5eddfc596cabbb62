/**
 * How the bytes of a CSV file become text. Spreadsheets save "CSV" in several encodings; this
 * module says which one a file is in, from evidence in the bytes only (a byte-order mark, or
 * whether the bytes are valid UTF-8), never from a guess about the language of the text.
 *
 * - UTF-8, with or without a byte-order mark: read.
 * - UTF-16 LE or BE with a byte-order mark (Excel's "Unicode Text", tab-separated): read; UTF-16
 *   holds every character, so nothing can have been lost.
 * - Anything else (not valid UTF-8): refused. It is almost always Windows-1252 (or ISO-8859-1),
 *   which European Excel writes for "CSV" and LibreOffice for "Western Europe" text. That encoding
 *   cannot hold the Cyrillic, Greek, Arabic, Chinese, Japanese, Korean, Vietnamese or Central
 *   European letters, or the minus sign, that this dataset quotes, and a spreadsheet writes "?" (or
 *   a look-alike letter) in their place without telling anyone. data:check cannot tell a "?" it
 *   wrote from one a source wrote, so it refuses the file and says how to save it instead.
 */

export type Encoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file began with a byte-order mark (removed from `text`). */
  bom: boolean;
}

export interface NotUtf8 {
  /** 1-based line and column (in characters, reading the file as Windows-1252) of the first byte that is not UTF-8. */
  line: number;
  column: number;
  byte: number;
  /** That byte and the ones after it up to the end of the word, read as Windows-1252 (e.g. "Telefónica"). */
  word: string;
}

export class EncodingError extends Error {
  constructor(readonly found: NotUtf8 | { utf16WithoutBom: true }) {
    super('not UTF-8');
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (where it differs from ISO-8859-1); 0 = undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Bytes read as Windows-1252. Node's TextDecoder('windows-1252') reads 0x80–0x9F as control
 * characters (ISO-8859-1), so the table above is used instead. Used to show the journalist what a
 * refused file holds, and by the round-trip test to read what LibreOffice wrote.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || 0xfffd : b);
  return out;
}

/** Text written as Windows-1252; characters it cannot hold become "?", as spreadsheets do. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(code);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (high >= 0 && code !== 0) bytes.push(0x80 + high);
    else bytes.push(0x3f);
  }
  return Uint8Array.from(bytes);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** The encoding of a file's bytes, and its text; throws EncodingError when it is not one we read. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE', bom: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // UTF-16 without a byte-order mark: every other byte of plain text is 0. Refused, not guessed.
  if (!bom && body.length >= 4 && (body[0] === 0 || body[1] === 0) && body.subarray(0, 64).filter((b) => b === 0).length >= 8) {
    throw new EncodingError({ utf16WithoutBom: true });
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const before = decodeWindows1252(body.subarray(0, bad));
    const line = before.split('\n').length;
    const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
    const start = Math.max(before.search(/[^\s,;"]*$/), 0);
    const tail = decodeWindows1252(body.subarray(bad, bad + 40)).match(/^[^\s,;"]*/)![0];
    const word = (before.slice(start) + tail).slice(0, 40);
    throw new EncodingError({ line, column, byte: body[bad]!, word });
  }
  return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8', bom };
}
