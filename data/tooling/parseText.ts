/**
 * Parsing of the journalists' files with precise positions: a syntax error names its line and
 * column; every CSV row keeps the line it starts on so later problems can point back to it.
 */
import { parse as parseCsvText } from 'csv-parse/sync';

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
    const message = (error as Error).message;
    // V8 reports "... at position N" (Node 20) or "(line L column C)" (newer engines).
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const at = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? positionAt(text, Number(position[1]))
        : positionAt(text, text.length);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new TextSyntaxError({ ...at, message: `invalid JSON: ${reason}` });
  }
}

export interface CsvRow {
  /** The line the row starts on (1-based; the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows whose number of cells differs from the header: reported, never silently trimmed. */
  raggedRows: Array<{ line: number; cells: number }>;
}

export function parseCsv(text: string): CsvTable {
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    records = parseCsvText(text, { bom: true, relax_column_count: true, info: true, raw: true });
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
    rows.push({ line, cells });
  }
  return { header, rows, raggedRows };
}
