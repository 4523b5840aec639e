import type { Db } from './open.ts';
import { statement } from './statements.ts';
import type { AnnotationRow } from './annotations.ts';

// Reads and writes for exchanging projects with other tools (REFI-QDA): every annotation with its
// article, code and coder, and the few inserts an import makes outside the edit history.

export interface ExchangeAnnotation extends AnnotationRow {
  article_uid: string;
  codebook_key: string;
  code_key: string;
  coder_name: string | null;
}

export function exchangeAnnotations(db: Db): IterableIterator<ExchangeAnnotation> {
  return statement(
    db,
    `SELECT an.*, a.uid AS article_uid, cb.key AS codebook_key, co.key AS code_key, c.name AS coder_name
     FROM annotations an JOIN articles a ON a.id = an.article_id JOIN codes co ON co.id = an.code_id
     JOIN codebooks cb ON cb.id = co.codebook_id LEFT JOIN coders c ON c.id = an.coder_id
     ORDER BY an.article_id, an.start, an.id`,
  ).iterate() as IterableIterator<ExchangeAnnotation>;
}

export function insertCodebook(
  db: Db,
  codebook: { key: string; name: string; description: string | null },
): number {
  return Number(
    statement(db, 'INSERT INTO codebooks (key, name, description) VALUES (@key, @name, @description)').run(
      codebook,
    ).lastInsertRowid,
  );
}

/** The uids of a story's articles. */
export function storyArticleUids(db: Db, storyId: number): string[] {
  return statement(
    db,
    'SELECT a.uid FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY a.id',
  )
    .pluck()
    .all(storyId) as string[];
}

export function codebookKeys(db: Db): Set<string> {
  return new Set(statement(db, 'SELECT key FROM codebooks').pluck().all() as string[]);
}

/** What makes two codings the same one: article, code, passage, origin, coder and cue. */
export type CodingKey = {
  article_id: number;
  code_id: number;
  start: number;
  end: number;
  origin: string;
  coder_id: number | null;
  cue_start: number | null;
  cue_end: number | null;
};

/**
 * How many annotations have the same article, code, passage, origin, coder and cue: an import
 * adds a coding only when the project holds fewer such rows than the file, so importing the same
 * file twice adds nothing, while a file's own repeats (two cues in one sentence) all come in.
 */
export function countSameAnnotations(db: Db, a: CodingKey): number {
  return statement(
    db,
    `SELECT count(*) FROM annotations WHERE article_id = @article_id AND code_id = @code_id AND start = @start
     AND end = @end AND origin = @origin AND coder_id IS @coder_id AND cue_start IS @cue_start AND cue_end IS @cue_end`,
  )
    .pluck()
    .get(a) as number;
}
