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
 * text is still `text`: hits of a text changed since it was read would not be its hits.
 */
export function recordCueHits(
  db: Db,
  articleId: number,
  cueSet: number,
  hits: Int32Array,
  text: string,
): void {
  statement(
    db,
    `INSERT OR REPLACE INTO article_cue_hits (article_id, cue_set, hits)
     SELECT ?, ?, ? WHERE (SELECT text FROM articles WHERE id = ?) = ?`,
  ).run(articleId, cueSet, Buffer.from(hits.buffer, hits.byteOffset, hits.byteLength), articleId, text);
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

/** An article's recorded hits and the set they are of; undefined when none are recorded. */
export function recordedHitsOf(db: Db, articleId: number): { cueSet: number; hits: Int32Array } | undefined {
  const row = statement(db, 'SELECT cue_set, hits FROM article_cue_hits WHERE article_id = ?').get(
    articleId,
  ) as { cue_set: number; hits: Buffer } | undefined;
  if (!row) return undefined;
  const length = Math.floor(row.hits.byteLength / 4);
  // A blob's bytes need not lie on a 4-byte boundary: copied when they do not.
  const hits =
    row.hits.byteOffset % 4 === 0
      ? new Int32Array(row.hits.buffer, row.hits.byteOffset, length)
      : new Int32Array(new Uint8Array(row.hits.subarray(0, length * 4)).buffer);
  return { cueSet: row.cue_set, hits };
}
