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
const FORMULA_START = /^[=+\-@\t\r]/;

// RFC 4180 quotes a field holding the delimiter, a quote or a line break; a stray BOM and
// edge spaces are quoted too, because some readers strip them from bare fields.
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** Makes a text cell inert: a leading apostrophe is shown as text, never evaluated. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell: text is neutralised, numbers stay numbers, unknown is an empty cell (never 0). */
export type Cell = string | number | undefined;

function field(c: Cell): string {
  if (c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  const text = neutralise(c);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 lines (comma, CRLF, quoted only where needed), each ending in CRLF. Written here
 * rather than with a library: writing is these few lines and runs for every exported line;
 * the tests read it back with papaparse and LibreOffice, independent parsers.
 */
export function csvLines(rows: Cell[][]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) out += (i ? ',' : '') + field(row[i]);
    out += '\r\n';
  }
  return out;
}
