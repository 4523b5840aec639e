import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open.ts';
import { getArticle } from '../../db/articles.ts';
import { iterateTidy, tidyColumns, TIDY_EXCERPTS, TIDY_QUERIES } from '../../db/tidy.ts';
import { csvCell } from '../csv.ts';

// Tidy CSV for R and pandas (Wickham 2014, "Tidy Data"): one file per table, one row per
// observation, one column per variable, with the article's metadata repeated on every row so a
// table needs no join to be grouped by outlet or date. UTF-8 with a byte-order mark, CRLF rows.

export interface TidyExport {
  folder: string;
  files: { table: string; file: string; rows: number }[];
}

/**
 * Writes every table into `folder` (made when missing). Each file is written under a temporary
 * name and renamed once whole, so an interrupted export leaves no half-written table.
 */
export function exportTidy(db: Db, folder: string): TidyExport {
  mkdirSync(folder, { recursive: true });
  const files: TidyExport['files'] = [];
  const written: { partial: string; file: string }[] = [];
  try {
    for (const table of Object.keys(TIDY_QUERIES)) {
      const file = join(folder, `${table}.csv`);
      const partial = `${file}.partial-${process.pid}`;
      written.push({ partial, file });
      const rows = writeTable(db, table, partial);
      files.push({ table, file, rows });
    }
  } catch (error) {
    for (const { partial } of written) rmSync(partial, { force: true });
    throw error;
  }
  for (const { partial, file } of written) renameSync(partial, file);
  return { folder, files };
}

function writeTable(db: Db, table: string, path: string): number {
  const excerpt = TIDY_EXCERPTS[table];
  const columns = tidyColumns(db, table);
  // The words a row points at go right after its end offset.
  const header = excerpt
    ? [...columns.slice(0, columns.indexOf('end') + 1), excerpt, ...columns.slice(columns.indexOf('end') + 1)]
    : columns;
  const fd = openSync(path, 'w');
  let rows = 0;
  try {
    writeSync(fd, `\ufeff${header.join(',')}\r\n`);
    let textOf: { id: number; text: string } | undefined;
    for (const row of iterateTidy(db, table)) {
      if (excerpt) {
        const articleId = row.article_id as number;
        if (textOf?.id !== articleId) textOf = { id: articleId, text: getArticle(db, articleId)?.text ?? '' };
        row[excerpt] = textOf.text.slice(row.start as number, row.end as number);
      }
      writeSync(fd, `${header.map((column) => csvCell(row[column])).join(',')}\r\n`);
      rows++;
    }
  } finally {
    closeSync(fd);
  }
  return rows;
}
