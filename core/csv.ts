// The one CSV cell writer for everything Framescope exports (RFC 4180 quoting). Titles, names and
// texts come from imported files, and a spreadsheet runs a cell that starts with = + - @ (or a tab
// or carriage return before them) as a formula, so such a text cell is written with a leading
// apostrophe, which spreadsheets show as text. Numbers are numbers and stay as they are.
// renderer/components/compare/export-data.ts holds the window's copy (the window cannot import
// engine code); tests/renderer/csv-cells.test.ts keeps the two the same.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
