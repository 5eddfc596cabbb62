/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so Excel
 * opens accented names and "£" correctly.
 */
export type Cell = string | number | boolean | undefined | null;

const quote = (cell: Cell): string => {
  if (cell === undefined || cell === null) return '';
  const text = String(cell);
  // Cells a spreadsheet would run as a formula are prefixed with ' (OWASP CSV injection advice).
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return `\uFEFF${[columns, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
