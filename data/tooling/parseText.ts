/**
 * Parsing of the journalists' files with precise positions: a syntax error names its line and
 * column; every CSV row keeps the line it starts on so later problems can point back to it.
 */
import { parse as parseCsvText } from 'csv-parse/sync';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export class TextSyntaxError extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.message);
  }
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message does not always carry a position (Node 20: "Unexpected token 'o', ... is not
    // valid JSON"), so a strict JSON scanner locates the first error.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const at = positionAt(text, first ? first.offset : text.length);
    const reason = first ? describeJsonError(first.error) : (error as Error).message.split('\n')[0]!;
    throw new TextSyntaxError({ ...at, message: `invalid JSON: ${reason}` });
  }
}

function describeJsonError(code: number): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character', InvalidNumberFormat: 'invalid number', PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value', ColonExpected: 'expected ":"', CommaExpected: 'expected ","', CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"', EndOfFileExpected: 'unexpected text after the end', InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unexpected end of comment', UnexpectedEndOfString: 'a string is not closed', UnexpectedEndOfNumber: 'unexpected end of number',
    InvalidUnicode: 'invalid unicode escape', InvalidEscapeCharacter: 'invalid escape character', InvalidCharacter: 'invalid character in a string',
  };
  const name = printParseErrorCode(code);
  return words[name] ?? name;
}

export interface CsvRow {
  /** The line the row starts on (1-based; the header is line 1). */
  line: number;
  cells: Record<string, string>;
  /** The cells in file order, as many as the row has. */
  values: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows whose number of cells differs from the header: reported, never silently trimmed. */
  raggedRows: Array<{ line: number; cells: number }>;
}

/** `delimiter`: "," unless readCsv.ts found another; `fromLine`: 2 when line 1 is Excel's "sep=;" hint. */
export function parseCsv(text: string, { delimiter = ',', fromLine = 1 }: { delimiter?: string; fromLine?: number } = {}): CsvTable {
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    records = parseCsvText(text, { bom: true, delimiter, from_line: fromLine, relax_column_count: true, info: true, raw: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { bytes?: number; lines?: number; code?: string };
    const bytes = typeof e.bytes === 'number' ? e.bytes : undefined;
    const offset = bytes === undefined ? undefined : Buffer.from(text).subarray(0, bytes).toString().length;
    const at = offset === undefined ? { line: e.lines ?? 1, column: 1 } : positionAt(text, offset);
    const reason = e.message.replace(/:.*$/s, '');
    throw new TextSyntaxError({ ...at, message: `invalid CSV: ${reason} (${e.code ?? 'syntax error'})` });
  }
  const [head, ...body] = records;
  if (!head) throw new TextSyntaxError({ line: 1, column: 1, message: 'invalid CSV: the file is empty; expected a header row' });
  const header = head.record.map((h) => h.trim());
  const rows: CsvRow[] = [];
  const raggedRows: CsvTable['raggedRows'] = [];
  for (const { record, info, raw } of body) {
    // info.lines is the line a record ends on; a quoted cell may span several lines.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    if (record.every((cell) => cell.trim() === '')) continue; // a blank line is not a row
    if (record.length !== header.length) raggedRows.push({ line, cells: record.length });
    const cells: Record<string, string> = {};
    header.forEach((name, i) => (cells[name] = record[i] ?? ''));
    rows.push({ line, cells, values: record });
  }
  return { header, rows, raggedRows };
}
