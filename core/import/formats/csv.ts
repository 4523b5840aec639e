import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvError, Info } from 'csv-parse';
import { recordFrom, resolveFields } from '../fields.ts';
import type { FieldColumns } from '../fields.ts';
import { ImportFileError } from '../types.ts';
import type { FormatParser, ParsedRecord } from '../types.ts';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Rows are numbered as a spreadsheet shows them: the header is row 1, so the first article is
 * row 2, and a quoted field spanning several lines is still one row. Empty lines count as rows too
 * (a spreadsheet shows them), but are skipped silently.
 */
export const parseCsv: FormatParser = async function* (path, options) {
  const delimiter = await detectDelimiter(path);
  const problems = { unclosedQuote: false, rows: [] as { row: number; reason: string }[] };
  const parser = pipeline(
    createReadStream(path),
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      // Errors arrive here instead of destroying the stream, so rows already parsed are not lost.
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error?.code === 'CSV_QUOTE_NOT_CLOSED') problems.unclosedQuote = true;
        else if (error) {
          const parsed = (error as CsvError & Partial<Info>).records ?? 0;
          problems.rows.push({ row: parsed + 1, reason: `it is not valid CSV (${error.message})` });
        }
      },
    }),
    () => {},
  );

  let header: string[] | undefined;
  let fields: FieldColumns | undefined;
  let lastLine = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    const row = info.records;
    yield* rowProblems(problems.rows, row);
    lastLine = info.lines;
    if (header === undefined) {
      header = record.map((name) => name.trim());
      fields = resolveFields(header, options.fieldMap);
      continue;
    }
    if (fields === undefined || record.every((cell) => cell.trim() === '')) continue;
    if (record.length !== header.length) {
      yield {
        ok: false,
        where: `row ${row}`,
        reason: `it has ${record.length} fields, the header has ${header.length}`,
      };
      continue;
    }
    const columns = header;
    yield recordFrom(fields, (column) => record[columns.indexOf(column)] ?? null, `row ${row}`);
  }
  yield* rowProblems(problems.rows, Infinity);
  if (problems.unclosedQuote) {
    throw new ImportFileError(
      `it is not valid CSV: a quoted field in the row starting on line ${lastLine + 1} is never closed`,
    );
  }
};

function* rowProblems(problems: { row: number; reason: string }[], upToRow: number): Generator<ParsedRecord> {
  for (let next = problems[0]; next !== undefined && next.row <= upToRow; next = problems[0]) {
    problems.shift();
    yield { ok: false, where: `row ${next.row}`, reason: next.reason };
  }
}

/** The delimiter used most often outside quotes in the header line; a comma when there is none. */
async function detectDelimiter(path: string): Promise<string> {
  const file = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    head = buffer.toString('utf8', 0, bytesRead);
  } finally {
    await file.close();
  }
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  const fallback = extname(path).toLowerCase() === '.tsv' ? '\t' : ',';
  let best = fallback;
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}
