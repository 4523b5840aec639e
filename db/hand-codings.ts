import type { Db } from './open.ts';
import { statement } from './statements.ts';

/** A coder's coding as it arrives from elsewhere (the sample's coders), outside the edit history. */
export interface HandCoding {
  articleId: number;
  codeId: number;
  coderId: number;
  start: number;
  end: number;
  memo: string | null;
  decidedAt: string;
}

/** Stores a coding unless the same coder already coded the same passage with the same code. */
export function insertHandCoding(db: Db, coding: HandCoding): boolean {
  const exists = statement(
    db,
    `SELECT 1 FROM annotations WHERE article_id = @articleId AND code_id = @codeId AND coder_id = @coderId
       AND start = @start AND end = @end AND adjudicated = 0`,
  ).get(coding);
  if (exists) return false;
  statement(
    db,
    `INSERT INTO annotations (article_id, code_id, start, end, memo, origin, status, coder_id, created_at, decided_at)
     VALUES (@articleId, @codeId, @start, @end, @memo, 'manual', 'accepted', @coderId, @decidedAt, @decidedAt)`,
  ).run(coding);
  return true;
}

/** The article of this title among these ids, if one. */
export function articleIdByTitle(db: Db, ids: readonly number[], title: string): number | undefined {
  return statement(
    db,
    'SELECT id FROM articles WHERE title = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1',
  )
    .pluck()
    .get(title, JSON.stringify(ids)) as number | undefined;
}
