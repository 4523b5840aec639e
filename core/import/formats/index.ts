import { extname } from 'node:path';
import type { FormatParser } from '../types.ts';
import { parseText } from './text.ts';
import { parseHtml } from './html.ts';
import { looksLikeFeed, parseFeed } from './feed.ts';
import { parseCsv } from './csv.ts';
import { parseJson, parseJsonLines } from './json.ts';
import { parseDocx } from './docx.ts';
import { parsePdf } from './pdf.ts';

export interface Format {
  name: string;
  parse: FormatParser;
  /** Text formats are refused when their bytes are binary; DOCX and PDF are binary by nature. */
  binary: boolean;
  /** Read on a thread that can be stopped (core/import/isolated.ts): its readers can stall on crafted files. */
  isolated?: boolean;
}

const text = (name: string, parse: FormatParser): Format => ({ name, parse, binary: false });
const FEED: Format = { name: 'feed', parse: parseFeed, binary: false, isolated: true };
const HTML: Format = { name: 'html', parse: parseHtml, binary: false, isolated: true };

const BY_EXTENSION: Record<string, Format> = {
  '.txt': text('text', parseText),
  '.text': text('text', parseText),
  '.md': text('markdown', parseText),
  '.markdown': text('markdown', parseText),
  '.html': HTML,
  '.htm': HTML,
  '.xhtml': HTML,
  '.csv': text('csv', parseCsv),
  '.tsv': text('csv', parseCsv),
  '.json': text('json', parseJson),
  '.jsonl': text('jsonl', parseJsonLines),
  '.ndjson': text('jsonl', parseJsonLines),
  '.rss': FEED,
  '.atom': FEED,
  '.docx': { name: 'docx', parse: parseDocx, binary: true, isolated: true },
  '.pdf': { name: 'pdf', parse: parsePdf, binary: true, isolated: true },
};

/** The readers the reading thread runs, by format name. */
export const ISOLATED_FORMATS: Record<string, FormatParser> = {
  html: parseHtml,
  feed: parseFeed,
  docx: parseDocx,
  pdf: parsePdf,
};

export const SUPPORTED_EXTENSIONS = [...Object.keys(BY_EXTENSION), '.xml'];

/**
 * The format of a file by its extension; `.xml` is a feed only when its opening says so.
 * Returns a reason instead when the file is not one Framescope reads.
 */
export function formatOf(path: string, head: string): Format | { unsupported: string } {
  const extension = extname(path).toLowerCase();
  if (extension === '.xml') {
    return looksLikeFeed(head) ? FEED : { unsupported: 'it is an XML file but not an RSS or Atom feed' };
  }
  const format = BY_EXTENSION[extension];
  if (format) return format;
  if (extension === '.doc') return { unsupported: 'old Word .doc files are not supported; save it as .docx' };
  return {
    unsupported: `${extension || 'files without an extension'} is not a format Framescope imports (it reads ${SUPPORTED_EXTENSIONS.join(' ')})`,
  };
}
