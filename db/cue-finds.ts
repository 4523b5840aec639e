// Each cue's hits as the cue preview counted them, kept in the project (migration 027) so the first
// preview of a frame after the project is opened need not read the texts again. A row holds the text
// version it was counted at and is read as it is only while the project's texts are still at that
// version; after a text changes it is brought up to date by counting only the articles changed since
// (migration 030's log, core/engine/cue-finds.ts), and stored again at the new version.
import { endianness } from 'node:os';
import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { textVersion } from './text-version.ts';

/** One cue's hits in every article, by article (ascending id), each article's in text order. */
export type CueFinds = {
  /** Article ids are rowids, which may pass 2^31: not an Int32Array. */
  articles: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
  sentenceStarts: Int32Array;
  sentenceEnds: Int32Array;
};

/**
 * Hits kept in a project, across cues: 24 bytes each, so at most about 48 MB. The cues stored
 * longest ago go first.
 */
export const MOST_STORED_HITS = 2_000_000;

// The columns are stored as the machine lays them out; a big-endian machine neither reads nor writes them.
const LITTLE_ENDIAN = endianness() === 'LE';

type Row = {
  articles: Buffer;
  starts: Buffer;
  ends: Buffer;
  sentence_starts: Buffer;
  sentence_ends: Buffer;
};

/** The stored hits of those of `cues` counted at the texts' current `version`; the others are not there. */
export function storedCueFinds(db: Db, cues: readonly string[], version: number): Map<string, CueFinds> {
  const found = new Map<string, CueFinds>();
  if (!LITTLE_ENDIAN || cues.length === 0) return found;
  const read = statement(
    db,
    `SELECT articles, starts, ends, sentence_starts, sentence_ends FROM cue_finds
     WHERE cue = ? AND version = ?`,
  );
  for (const cue of cues) {
    const row = read.get(cue, version) as Row | undefined;
    const finds = row ? unpack(row) : null;
    if (finds) found.set(cue, finds);
  }
  return found;
}

/** The stored hits of those of `cues` counted at an earlier text version than `version`, with that version. */
export function staleCueFinds(
  db: Db,
  cues: readonly string[],
  version: number,
): Map<string, { version: number; finds: CueFinds }> {
  const found = new Map<string, { version: number; finds: CueFinds }>();
  if (!LITTLE_ENDIAN || cues.length === 0) return found;
  const read = statement(
    db,
    `SELECT version, articles, starts, ends, sentence_starts, sentence_ends FROM cue_finds
     WHERE cue = ? AND version < ?`,
  );
  for (const cue of cues) {
    const row = read.get(cue, version) as (Row & { version: number }) | undefined;
    const finds = row ? unpack(row) : null;
    if (row && finds) found.set(cue, { version: row.version, finds });
  }
  return found;
}

/**
 * Text changes a stored row may lag behind and still be brought up to date: the log (migration 030)
 * holds every change since the oldest row, so a row this far behind is dropped when others are stored.
 */
export const MOST_CHANGES = 100_000;

/**
 * Stores cues' hits counted from the texts at `version`, in one transaction, unless a text has
 * changed since (then they are not the project's any more); the cues stored longest ago make room.
 */
export function storeCueFinds(
  db: Db,
  version: number,
  found: ReadonlyMap<string, CueFinds>,
  most = MOST_STORED_HITS,
): void {
  if (!LITTLE_ENDIAN || found.size === 0) return;
  db.transaction(() => {
    if (textVersion(db) !== version) return;
    // Rows counted at earlier versions stay, to be brought up to date, unless they lag too far behind.
    statement(db, 'DELETE FROM cue_finds WHERE version < ?').run(version - MOST_CHANGES);
    let stored = (statement(db, 'SELECT ifnull(max(stored), 0) FROM cue_finds').pluck().get() as number) + 1;
    const write = statement(
      db,
      `INSERT OR REPLACE INTO cue_finds
         (cue, version, hits, stored, articles, starts, ends, sentence_starts, sentence_ends)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [cue, finds] of found) {
      if (finds.articles.length > most) continue;
      write.run(
        cue,
        version,
        finds.articles.length,
        stored++,
        bytes(finds.articles),
        bytes(finds.starts),
        bytes(finds.ends),
        bytes(finds.sentenceStarts),
        bytes(finds.sentenceEnds),
      );
    }
    const sizes = statement(db, 'SELECT cue, hits FROM cue_finds ORDER BY stored DESC').all() as {
      cue: string;
      hits: number;
    }[];
    let total = 0;
    const evict = statement(db, 'DELETE FROM cue_finds WHERE cue = ?');
    for (const { cue, hits } of sizes) {
      total += hits;
      if (total > most) evict.run(cue);
    }
    // The log keeps only the changes some stored row lags behind.
    statement(
      db,
      `DELETE FROM text_changes
       WHERE version <= ifnull((SELECT min(version) FROM cue_finds), (SELECT version FROM text_version))`,
    ).run();
  })();
}

const bytes = (array: Float64Array | Int32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** Copies, so the arrays are aligned; null when the columns do not hold the same number of hits. */
function unpack(row: Row): CueFinds | null {
  const hits = row.articles.byteLength / 8;
  const columns = [row.starts, row.ends, row.sentence_starts, row.sentence_ends];
  if (!Number.isInteger(hits) || columns.some((column) => column.byteLength !== hits * 4)) return null;
  const int32s = (buffer: Buffer) => {
    const array = new Int32Array(hits);
    new Uint8Array(array.buffer).set(buffer);
    return array;
  };
  const articles = new Float64Array(hits);
  new Uint8Array(articles.buffer).set(row.articles);
  return {
    articles,
    starts: int32s(row.starts),
    ends: int32s(row.ends),
    sentenceStarts: int32s(row.sentence_starts),
    sentenceEnds: int32s(row.sentence_ends),
  };
}
