import Papa from 'papaparse';

/** The export's columns, exactly in this order. */
export const HEADER = [
  'date',
  'tool',
  'activity',
  'model',
  'quantity',
  'unit',
  'cost_usd',
  'basis',
] as const;

/** Spreadsheets read UTF-8 (accents, emoji) right only with a byte order mark. */
export const BOM = '\uFEFF';

// A text cell starting with one of these can run as a formula in a spreadsheet (OWASP's list).
// papaparse's own escapeFormulae misses such a cell when it also holds a newline, so we do it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell inert: a leading apostrophe is shown as text, never evaluated. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell: text is neutralised, numbers stay numbers, unknown is an empty cell (never 0). */
export type Cell = string | number | undefined;

function cell(c: Cell): string | number {
  if (c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? c : '';
  return neutralise(c);
}

/** RFC 4180 lines (CRLF, quoted only where needed) for rows of cells, each line ending in CRLF. */
export function csvLines(rows: Cell[][]): string {
  if (!rows.length) return '';
  return `${Papa.unparse(
    rows.map((r) => r.map(cell)),
    { newline: '\r\n', quotes: false },
  )}\r\n`;
}
