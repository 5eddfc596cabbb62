/**
 * Reading a table as spreadsheets save it. What is accepted, and what refused (data/README.md,
 * "Editing in Excel, LibreOffice or Google Sheets"):
 *
 * - Encoding: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a byte-order mark (Excel's
 *   "Unicode Text"). Anything else is refused, naming the byte found: see encoding.ts for why
 *   Windows-1252 ("CSV" from European Excel) cannot be read without losing text.
 * - Separator: comma, semicolon (Excel in most of Europe, where the decimal separator is a comma)
 *   or tab ("Unicode Text"). It is never guessed from the data: the header row must name this
 *   table's columns when split at it. Excel's "sep=;" first line is understood.
 * - Line ends: LF or CRLF.
 * - Empty columns at the end that spreadsheets add (an empty header cell over empty cells) are
 *   dropped; anything else that does not fit the header is reported by the caller, never trimmed.
 * - A file whose rows were each read into one cell (a comma file opened in a spreadsheet that
 *   expected semicolons, then saved) is refused with how to open it instead.
 *
 * Whatever differs from the plain form (UTF-8, comma, LF) is reported in one line, and the values
 * are read exactly as in the plain form.
 */
import { decodeBytes, EncodingError, type Encoding } from './encoding.ts';
import { parseCsv, TextSyntaxError, type CsvTable } from './parseText.ts';

export interface FileForm {
  encoding: Encoding;
  bom: boolean;
  delimiter: ',' | ';' | '\t';
  crlf: boolean;
  /** Line 1 was Excel's separator hint ("sep=;"). */
  sepLine: boolean;
  /** Empty columns at the end, dropped. */
  emptyColumns: number;
}

const DELIMITERS = [',', ';', '\t'] as const;
const NAMES: Record<FileForm['delimiter'], string> = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' };
const OPEN_HELP = 'open it as data/README.md says ("Editing in Excel, LibreOffice or Google Sheets")';
const SAVE_HELP = 'save it as "CSV UTF-8 (Comma delimited) (*.csv)" in Excel, as "Text CSV (.csv)" with Character set "Unicode (UTF-8)" in LibreOffice, or with File > Download > "Comma-separated values (.csv)" in Google Sheets';

function byteName(b: number) {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Decodes, or throws a TextSyntaxError saying what was found and how to save instead. */
function decode(bytes: Uint8Array) {
  try {
    return decodeBytes(bytes);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    const found = error.found;
    if ('utf16WithoutBom' in found) {
      throw new TextSyntaxError({ line: 1, column: 1, message: `not read: the file is UTF-16 without a byte-order mark, so its byte order is unknown; ${SAVE_HELP}` });
    }
    throw new TextSyntaxError({
      line: found.line,
      column: found.column,
      message:
        `not read: the file is not UTF-8 (byte ${byteName(found.byte)} in ${JSON.stringify(found.word)}, as Windows-1252 reads it): ` +
        `Windows-1252, the encoding of "CSV" from European Excel and "Western Europe" in LibreOffice, has no room for this dataset's Cyrillic, Greek, Arabic, Chinese or Korean text ` +
        `and a spreadsheet writes "?" in its place without telling; ${SAVE_HELP}`,
    });
  }
}

/** The separator that splits the header into this table's column names; "," when none does (the header check then says what is wrong). */
function findDelimiter(headerLine: string, expected: readonly string[]): FileForm['delimiter'] {
  let best: FileForm['delimiter'] = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const names = headerLine.split(d).map((n) => n.trim().replace(/^"(.*)"$/, '$1'));
    const score = names.filter((n) => expected.includes(n)).length;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

export interface ReadCsv {
  table: CsvTable;
  form: FileForm;
}

export function readCsv(bytes: Uint8Array, expected: readonly string[], file: string): ReadCsv {
  const { text, encoding, bom } = decode(bytes);
  const firstLine = /^[^\n]*/.exec(text)![0].replace(/\r$/, '');
  const sep = /^"?sep=(.)"?,*;*$/i.exec(firstLine);
  const sepLine = !!sep && (DELIMITERS as readonly string[]).includes(sep[1]!);
  const headerLine = sepLine ? (/^[^\n]*\n([^\n]*)/.exec(text)?.[1] ?? '') : firstLine;
  const delimiter = sepLine ? (sep![1] as FileForm['delimiter']) : findDelimiter(headerLine.replace(/\r$/, ''), expected);
  const table = parseCsv(text, { delimiter, fromLine: sepLine ? 2 : 1 });

  // A whole row in one cell: the file went through a spreadsheet that did not split it.
  const isMerged = (values: readonly string[]) =>
    values.length === 1 && expected.length > 1 && DELIMITERS.some((d) => values[0]!.split(d).length >= Math.min(expected.length, 3));
  const merged = isMerged(table.header) ? { line: sepLine ? 2 : 1, cell: table.header[0]! } : table.rows.filter((r) => isMerged(r.values)).map((r) => ({ line: r.line, cell: r.values[0]! }))[0];
  if (merged) {
    const shown = merged.cell.length > 40 ? `${merged.cell.slice(0, 39)}…` : merged.cell;
    throw new TextSyntaxError({
      line: merged.line,
      column: 1,
      message: `not read: line ${merged.line} is a whole row in one cell (${JSON.stringify(shown)}): the file was opened in a spreadsheet that did not split it at its separators (European Excel does that to a comma-separated file on a double-click) and saved again; restore it (git checkout -- data/${file}) and ${OPEN_HELP}`,
    });
  }

  // Empty columns at the end (an empty header cell over nothing but empty cells): dropped.
  const width = table.header.length;
  const empty = (v: string | undefined) => (v ?? '').trim() === '';
  let kept = width;
  while (kept > 1 && table.header[kept - 1] === '' && table.rows.every((r) => empty(r.values[kept - 1]))) kept--;
  const emptyColumns = width - kept;
  if (emptyColumns) {
    table.header.length = kept;
    for (const r of table.rows) {
      if (!table.header.includes('')) delete r.cells[''];
      if (r.values.length > kept && r.values.slice(kept).every(empty)) r.values.length = kept;
    }
    table.raggedRows = table.rows.filter((r) => r.values.length !== kept).map((r) => ({ line: r.line, cells: r.values.length }));
  }
  return { table, form: { encoding, bom, delimiter, crlf: /\r\n/.test(text), sepLine, emptyColumns } };
}

/** One line saying how a file was read, when it is not the plain form (UTF-8, comma, LF); undefined otherwise. */
export function describeForm(form: FileForm): string | undefined {
  const plain = form.encoding === 'UTF-8' && !form.bom && form.delimiter === ',' && !form.sepLine && !form.crlf && !form.emptyColumns;
  if (plain) return undefined;
  const parts = [`${form.encoding}${form.bom ? ' with a byte-order mark' : ''}`, NAMES[form.delimiter]];
  if (form.sepLine) parts.push(`after Excel's "sep=${form.delimiter}" line`);
  if (form.crlf) parts.push('Windows line ends (CRLF)');
  if (form.emptyColumns) parts.push(`${form.emptyColumns} empty column${form.emptyColumns > 1 ? 's' : ''} at the end ignored`);
  let as = '';
  if (form.encoding.startsWith('UTF-16') && form.delimiter === '\t') as = ' (as Excel saves "Unicode Text")';
  else if (form.encoding === 'UTF-8' && form.bom && form.delimiter === ',') as = ' (as Excel saves "CSV UTF-8")';
  else if (form.encoding === 'UTF-8' && form.delimiter === ';') as = ` (as ${form.bom ? 'Excel saves "CSV UTF-8"' : 'spreadsheets save CSV'} where the list separator is ";", e.g. in Germany or France)`;
  return `read as ${parts.join(', ')}${as}`;
}
