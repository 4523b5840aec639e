import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Db } from '../db/open.ts';
import { iterateArticles, type ArticleRow } from '../db/articles.ts';
import { presentFrames } from '../db/frame-decisions.ts';
import { codeLookup, storedAnalysisJson } from './analyze/json.ts';
import { csvCell } from './csv.ts';

export type ExportFormat = 'json' | 'csv';

/** The fields of an exported article; the JSON names are shared with `framescope analyze --json`. */
export function exportedArticle(row: ArticleRow) {
  return {
    id: row.id,
    uid: row.uid,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    published: row.published_at,
    publishedRaw: row.published_raw,
    language: row.language,
    source: row.source_file,
    format: row.source_format,
    importedAt: row.imported_at,
    wordCount: row.word_count,
    text: row.text,
  };
}

type ExportedArticle = ReturnType<typeof exportedArticle>;
const CSV_COLUMNS = Object.keys(exportedArticle({} as ArticleRow)) as (keyof ExportedArticle)[];
/** The frame decisions that count, as CSV columns: frame names joined with "; ". */
const FRAME_COLUMNS = ['framesPresent', 'framesDenied', 'primaryFrames'] as const;

function frameColumns(db: Db, articleId: number): string[] {
  const frames = presentFrames(db, [articleId]);
  const names = (list: typeof frames) => list.map((frame) => frame.name).join('; ');
  return [
    names(frames.filter((frame) => !frame.denied)),
    names(frames.filter((frame) => frame.denied)),
    names(frames.filter((frame) => frame.is_primary)),
  ];
}

/**
 * Writes every article to `outPath` (JSON: with its entities, quotes and frame decisions with their
 * evidence; CSV: with the frames present, denied and primary), streaming, through a temporary file renamed at the end, so
 * an interrupted export never leaves a half-written file under the chosen name.
 */
export function exportArticles(db: Db, format: ExportFormat, outPath: string): number {
  const partial = `${outPath}.partial-${process.pid}`;
  const fd = openSync(partial, 'w');
  let count = 0;
  const lookup = codeLookup(db);
  try {
    const write = (chunk: string) => writeSync(fd, chunk);
    if (format === 'json') write('{"articles":[');
    // the BOM makes spreadsheet apps read UTF-8
    else write(`\ufeff${[...CSV_COLUMNS, ...FRAME_COLUMNS].join(',')}\r\n`);
    for (const row of iterateArticles(db)) {
      const article = exportedArticle(row);
      if (format === 'json') {
        const analysis = storedAnalysisJson(db, row.id, row.text, row.word_count, lookup);
        write(`${count > 0 ? ',' : ''}\n${JSON.stringify({ ...article, ...analysis })}`);
      } else {
        const fields = [...CSV_COLUMNS.map((column) => article[column]), ...frameColumns(db, row.id)];
        write(`${fields.map(csvCell).join(',')}\r\n`);
      }
      count++;
    }
    if (format === 'json') write('\n]}\n');
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, outPath);
  return count;
}
