import type { FormatParser, ParsedRecord, ParseOptions } from '../../core/import/types.ts';

/** Every record a parser yields for a file; a whole-file error is thrown. */
export async function parseAll(
  parse: FormatParser,
  path: string,
  options: ParseOptions = {},
): Promise<ParsedRecord[]> {
  const records: ParsedRecord[] = [];
  for await (const record of parse(path, options)) records.push(record);
  return records;
}

/** The records a parser yields before a whole-file error, and that error, if any. */
export async function parseUntilError(
  parse: FormatParser,
  path: string,
  options: ParseOptions = {},
): Promise<{ records: ParsedRecord[]; error?: unknown }> {
  const records: ParsedRecord[] = [];
  try {
    for await (const record of parse(path, options)) records.push(record);
  } catch (error) {
    return { records, error };
  }
  return { records };
}
