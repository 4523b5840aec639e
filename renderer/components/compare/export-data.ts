// Pure helpers for exporting a chart's data: CSV text (RFC 4180) and file names.

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180 quoted; a text starting like a formula (= + - @, tab, CR) gets a leading
 * apostrophe so a spreadsheet shows it instead of running it. The same rule as core/csv.ts, which
 * the window cannot import; tests/renderer/csv-cells.test.ts keeps them the same.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first one the header) as CSV with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "Frames by outlet" + "Russian aid" → "russian-aid-frames-by-outlet" (safe on every file system). */
export function exportName(chart: string, subject: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
  return [slug(subject), slug(chart)].filter(Boolean).join('-') || 'chart';
}
