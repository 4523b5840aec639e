// Each cue's hits as analysis recorded them, article by article (migration 032): the cue preview reads
// them instead of counting the cues again in every text (core/engine/recorded-finds.ts).
import { endianness } from 'node:os';
import type { Db } from './open.ts';
import { statement } from './statements.ts';

// Packed as the machine lays numbers out; a big-endian machine neither records nor reads them.
const LITTLE_ENDIAN = endianness() === 'LE';

/** The number of the set of cues an analysis runs (by `analysisVersion`'s detector), made if new. */
export function cueSetId(db: Db, analysisVersion: number, cues: readonly string[]): number | null {
  if (!LITTLE_ENDIAN || db.readonly) return null;
  const json = JSON.stringify(cues);
  statement(db, 'INSERT OR IGNORE INTO cue_sets (analysis_version, cues) VALUES (?, ?)').run(
    analysisVersion,
    json,
  );
  return statement(db, 'SELECT id FROM cue_sets WHERE analysis_version = ? AND cues = ?')
    .pluck()
    .get(analysisVersion, json) as number;
}

/**
 * Records an article's hits of a cue set (`packedCueHits`), in the caller's transaction, only if its
 * text is still `text`: hits of a text changed since it was read would not be its hits. Returns 1 when
 * recorded, 0 when not.
 */
export function recordCueHits(
  db: Db,
  articleId: number,
  cueSet: number,
  hits: Int32Array,
  text: string,
): number {
  return statement(
    db,
    `INSERT OR REPLACE INTO article_cue_hits (article_id, cue_set, hits)
     SELECT ?, ?, ? WHERE (SELECT text FROM articles WHERE id = ?) = ?`,
  ).run(articleId, cueSet, Buffer.from(hits.buffer, hits.byteOffset, hits.byteLength), articleId, text)
    .changes;
}

/** The cue sets recorded by `analysisVersion`'s detector: each one's cues, by set number. */
export function recordedCueSets(db: Db, analysisVersion: number): Map<number, string[]> {
  const sets = new Map<number, string[]>();
  if (!LITTLE_ENDIAN) return sets;
  const rows = statement(db, 'SELECT id, cues FROM cue_sets WHERE analysis_version = ?').all(
    analysisVersion,
  ) as { id: number; cues: string }[];
  for (const { id, cues } of rows) sets.set(id, JSON.parse(cues) as string[]);
  return sets;
}

/** A blob's packed numbers. */
function int32s(blob: Buffer): Int32Array {
  const length = Math.floor(blob.byteLength / 4);
  // A blob's bytes need not lie on a 4-byte boundary: copied when they do not.
  return blob.byteOffset % 4 === 0
    ? new Int32Array(blob.buffer, blob.byteOffset, length)
    : new Int32Array(new Uint8Array(blob.subarray(0, length * 4)).buffer);
}

/**
 * The recorded hits of up to `limit` articles after the article `after`, in article order: the
 * preview reads them a page at a time, so no statement stays open while it yields.
 */
export function recordedHitsAfter(
  db: Db,
  after: number,
  limit: number,
): { articleId: number; cueSet: number; hits: Int32Array }[] {
  if (!LITTLE_ENDIAN) return [];
  const rows = statement(
    db,
    'SELECT article_id, cue_set, hits FROM article_cue_hits WHERE article_id > ? ORDER BY article_id LIMIT ?',
  ).all(after, limit) as { article_id: number; cue_set: number; hits: Buffer }[];
  return rows.map((row) => ({ articleId: row.article_id, cueSet: row.cue_set, hits: int32s(row.hits) }));
}

/** The highest article id with recorded hits, 0 when none. */
export function lastRecordedArticle(db: Db): number {
  return (statement(db, 'SELECT max(article_id) FROM article_cue_hits').pluck().get() as number | null) ?? 0;
}

/**
 * The analysed articles with no row recorded by `analysisVersion`'s detector, ascending: a project
 * analysed before migration 032 (or by an older detector) holds none, and the engine records them
 * in the background (core/engine/missing-cue-hits.ts). An article never analysed gets its row when
 * it is.
 */
export function unrecordedArticles(db: Db, analysisVersion: number): number[] {
  if (!LITTLE_ENDIAN) return [];
  return statement(
    db,
    `SELECT a.id FROM articles a WHERE a.analyzed_at IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM article_cue_hits h JOIN cue_sets s ON s.id = h.cue_set
       WHERE h.article_id = a.id AND s.analysis_version = ?) ORDER BY a.id`,
  )
    .pluck()
    .all(analysisVersion) as number[];
}
