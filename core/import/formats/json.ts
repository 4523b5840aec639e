import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { recordFrom, resolveFields } from '../fields.ts';
import type { FieldColumns, FieldMap } from '../fields.ts';
import { ImportFileError } from '../types.ts';
import type { FormatParser, ParsedRecord } from '../types.ts';
import { decodeText } from '../decode.ts';
import { elementLines } from '../json-lines.ts';
import { describeLibraryError } from '../library-errors.ts';

/** Lists and {name} objects inside a field are read this deep; deeper is not an article's field. */
const MAX_FIELD_DEPTH = 16;

type JsonObject = Record<string, unknown>;

/** Keys under which API exports and scrapers put their list of articles. */
const LIST_KEYS = ['articles', 'items', 'data', 'results', 'documents'];

/** A .json file: an array of articles, an object holding one under a common key, or one article. */
export const parseJson: FormatParser = async function* (path, options) {
  // UTF-8 or UTF-16 with a byte-order mark, as the text formats are read.
  const source = decodeText(await readFile(path)).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ImportFileError(`it is not valid JSON (${describeJsonError(source, error)})`);
  }
  const { items, key } = articleList(data);
  if (items.length > 0 && !items.some(isObject)) {
    throw new ImportFileError('it holds a list, but no article objects in it');
  }
  const resolve = fieldResolver(options.fieldMap);
  const resolved = items.map((item) => (isObject(item) ? resolve(item) : undefined));
  // When no object has a text field the file needs a --map, which is one message, not one per item.
  const firstFailure = resolved.find((fields) => fields instanceof ImportFileError);
  if (firstFailure && resolved.every((fields) => fields === undefined || fields instanceof ImportFileError)) {
    throw firstFailure;
  }

  // On one line (as programs often write JSON) a line number would tell nothing.
  const lines = source.includes('\n') ? elementLines(source, key) : [];
  for (const [index, item] of items.entries()) {
    const line = lines.length === items.length ? ` (line ${lines[index]})` : '';
    yield guarded(
      () => articleRecord(item, resolved[index], `item ${index + 1}${line}`),
      `item ${index + 1}${line}`,
    );
  }
};

/** One record's problem, whatever it is, stays that record's: the rest of the file goes on. */
function guarded(read: () => ParsedRecord, where: string): ParsedRecord {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, where, reason: error.message };
    return { ok: false, where, reason: describeLibraryError(error) };
  }
}

/** The file's lines; a file with a UTF-16 byte-order mark is decoded whole, others are streamed. */
async function* fileLines(path: string): AsyncGenerator<string> {
  const file = await open(path, 'r');
  const head = Buffer.alloc(2);
  try {
    await file.read(head, 0, 2, 0);
  } finally {
    await file.close();
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    yield* decodeText(await readFile(path)).split(/\r?\n/);
    return;
  }
  yield* createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
}

/** A .jsonl/.ndjson file, streamed: one article object per line. */
export const parseJsonLines: FormatParser = async function* (path, options) {
  const lines = fileLines(path);
  const resolve = fieldResolver(options.fieldMap);
  let lineNumber = 0;
  let objects = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const where = `line ${lineNumber}`;
    let value: unknown;
    try {
      value = JSON.parse(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
    } catch (error) {
      const reason = error instanceof SyntaxError ? 'it is not valid JSON' : describeLibraryError(error);
      yield { ok: false, where, reason };
      continue;
    }
    const fields = isObject(value) ? resolve(value) : undefined;
    // The first object speaks for the file: without a text field there, every line needs a --map.
    if (fields instanceof ImportFileError && objects === 0) throw fields;
    if (isObject(value)) objects += 1;
    yield guarded(() => articleRecord(value, fields, where), where);
  }
};

function articleRecord(
  item: unknown,
  fields: FieldColumns | ImportFileError | undefined,
  where: string,
): ParsedRecord {
  if (!isObject(item) || fields === undefined) return { ok: false, where, reason: 'it is not a JSON object' };
  if (fields instanceof ImportFileError) return { ok: false, where, reason: fields.message };
  return recordFrom(fields, (key) => textOf(item[key], key === fields.text ? '\n\n' : ', '), where);
}

/** Resolves fields per set of keys, so objects of different shapes in one file each find theirs. */
function fieldResolver(fieldMap: FieldMap | undefined) {
  const cache = new Map<string, FieldColumns | ImportFileError>();
  return (item: JsonObject): FieldColumns | ImportFileError => {
    const keys = Object.keys(item);
    const signature = keys.join('\u0000');
    let fields = cache.get(signature);
    if (fields === undefined) {
      try {
        fields = resolveFields(keys, fieldMap);
      } catch (error) {
        if (!(error instanceof ImportFileError)) throw error;
        fields = error;
      }
      cache.set(signature, fields);
    }
    return fields;
  };
}

/** The file's articles, and the key of the top-level object that holds them (null: the file is the list). */
function articleList(data: unknown): { items: unknown[]; key: string | null } {
  if (Array.isArray(data)) return { items: data, key: null };
  if (isObject(data)) {
    const listKey = Object.keys(data).find(
      (key) => LIST_KEYS.includes(key.toLowerCase()) && Array.isArray(data[key]),
    );
    return listKey === undefined
      ? { items: [data], key: null }
      : { items: data[listKey] as unknown[], key: listKey };
  }
  throw new ImportFileError(`it holds a single ${data === null ? 'null' : typeof data}, not articles`);
}

/** Strings as they are, numbers as written, lists joined, and `{name: ...}` objects by their name. */
function textOf(value: unknown, separator: string, depth = 0): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth >= MAX_FIELD_DEPTH) return null;
  if (Array.isArray(value)) {
    const parts = value.map((part) => textOf(part, separator, depth + 1)?.trim()).filter((part) => !!part);
    return parts.length > 0 ? parts.join(separator) : null;
  }
  if (isObject(value) && 'name' in value) return textOf(value.name, separator, depth + 1);
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * V8 gives a position for most syntax errors, but for an unexpected token only a snippet of the
 * source with the token 10 characters in (after a leading "..."), so the position is found from that.
 */
function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let problem = message.replace(/ in JSON at position \d+.*$/s, '');
  let position: number | undefined;
  const at = / at position (\d+)/.exec(message);
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (at?.[1] !== undefined) position = Number(at[1]);
  else if (message.startsWith('Unexpected end of JSON input')) position = source.length;
  else if (token?.[1] !== undefined && token[3] !== undefined) {
    problem = `unexpected token '${token[1]}'`;
    position = tokenPosition(source, token[1], token[3], token[2] !== undefined, token[4] !== undefined);
  }
  problem = problem.charAt(0).toLowerCase() + problem.slice(1);
  if (position === undefined) return problem;
  const before = source.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${problem}`;
}

function tokenPosition(
  source: string,
  token: string,
  snippet: string,
  cutBefore: boolean,
  cutAfter: boolean,
): number | undefined {
  // Without either cut V8 quoted the whole (short) source, which does not tell where the token is.
  const offset = cutBefore ? 10 : cutAfter ? snippet.length - 10 : undefined;
  if (offset === undefined) return undefined;
  for (let start = source.indexOf(snippet); start >= 0; start = source.indexOf(snippet, start + 1)) {
    if (source.startsWith(token, start + offset)) return start + offset;
  }
  return undefined;
}
