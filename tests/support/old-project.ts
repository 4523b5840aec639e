import Database from 'better-sqlite3';
import { Engine } from '../../core/engine/engine.ts';
import { frameFacetSums } from '../../db/migrations/031-frame-facet-sums.ts';
import { SEED_PATH } from './temp.ts';

/** The version a project had before the kept sums per frame (migration 031) and what came after. */
export const BEFORE_FRAME_SUMS = frameFacetSums.version - 1;

/**
 * A project of the seed article, analysed with the shipped aid codebook, then made as the release
 * before the sums per frame left it (migration 030): opening it upgrades it, filling the sums in
 * twenty steps.
 */
export async function projectBeforeFrameSums(path: string): Promise<void> {
  const engine = new Engine(path);
  try {
    await engine.invoke('codebooks.addBuiltIn', 'russia-italy-aid');
    await engine.invoke('import.paths', [SEED_PATH], { outlet: 'Valley Post' });
  } finally {
    await engine.close();
  }
  makeBeforeFrameSums(path);
}

/**
 * Makes a project of this version as the release before the sums per frame (migration 030) left it:
 * what later migrations made is taken out, so that opening it runs them again, as on a user's file.
 */
export function makeBeforeFrameSums(path: string): void {
  const db = new Database(path);
  db.exec(`DROP TRIGGER frame_facet_sums_insert; DROP TRIGGER frame_facet_sums_delete;
    DROP TRIGGER frame_facet_sums_update; DROP TRIGGER frame_facet_sums_frames;
    DROP TRIGGER frame_facet_sums_others; DROP TRIGGER frame_sums_held_insert;
    DROP TRIGGER frame_sums_held_delete; DROP TRIGGER frame_sums_held_update;
    DROP TABLE frame_facet_sums; DROP TABLE frame_sums_held; DROP TABLE frame_sums_before;
    DROP TRIGGER article_cue_hits_delete; DROP TRIGGER article_cue_hits_text;
    DROP TABLE article_cue_hits; DROP TABLE cue_sets;
    DROP INDEX entities_person_surname; DROP INDEX entities_person_surname_key;
    PRAGMA user_version = ${BEFORE_FRAME_SUMS};`);
  db.close();
}

/** The project's version and whether it holds the sums' table, read without upgrading it. */
export function versionOf(path: string): { version: number; sums: boolean } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      sums:
        db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'frame_facet_sums'").pluck().get() === 1,
    };
  } finally {
    db.close();
  }
}
