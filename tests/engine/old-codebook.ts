import Database from 'better-sqlite3';
import { Engine } from '../../core/engine/engine.ts';
import type { Database as Db } from 'better-sqlite3';
import { articleFacets } from '../../db/migrations/022-article-facets.ts';
import { shippedCues } from '../../db/migrations/023-shipped-cues.ts';
import { articleFrameFacets } from '../../db/migrations/024-article-frame-facets.ts';
import { POLICY_FRAMES } from '../../nlp/frames/index.ts';

// The Morality cues the first release shipped (git show 97f4949:nlp/frames/codebooks/policy-frames.json):
// a project made then still holds them.
export const FIRST_MORALITY = [
  'moral', 'morality', 'morally', 'immoral', 'ethic', 'ethics', 'ethical', 'unethical', 'sin', 'sinful',
  'god', 'religious', 'faith', 'conscience', 'duty', 'honor', 'honour', 'righteous*', 'evil', 'shameful',
  'disgrace*', 'dignity', 'decency', 'integrity', 'virtue*', 'moral obligation', 'compassion*', 'humane',
  'inhumane', 'cruel', 'cruelty', 'charity', 'charitable', 'sacred', 'bible', 'prayer*', 'the right thing',
]; // prettier-ignore
/** Cues a scholar wrote for Economic in that old project. */
export const EDITED_ECONOMIC = ['econom*', 'budget*', 'relief fund*'];

export const shipped = (key: string) => POLICY_FRAMES.frames.find((frame) => frame.id === key)!.cues;

/**
 * Takes migration 024 back out of a project: its triggers go (migration 022's trigger for an
 * article's new id comes back as 022 wrote it) and so do its columns.
 */
function withoutArticleFrameFacets(db: Db): void {
  for (const [, name] of articleFrameFacets.up.matchAll(/CREATE TRIGGER (\w+)/g))
    db.exec(`DROP TRIGGER ${name}`);
  db.exec(/CREATE TRIGGER article_facets_article_id [\s\S]*?\bEND;/.exec(articleFacets.up)![0]);
  db.exec('ALTER TABLE article_facets DROP COLUMN frames; ALTER TABLE article_facets DROP COLUMN codes');
}

/**
 * Turns a project file into one made before the shipped cues were remembered: the column goes (and
 * the migrations after it), the schema version goes back, Morality holds the first release's cues
 * and Economic a scholar's edit.
 */
export function makeOld(path: string): void {
  const db = new Database(path);
  try {
    const set = db.prepare(
      "UPDATE codes SET cues = ? WHERE key = ? AND codebook_id = (SELECT id FROM codebooks WHERE key = 'policy-frames')",
    );
    set.run(JSON.stringify(FIRST_MORALITY), 'morality');
    set.run(JSON.stringify(EDITED_ECONOMIC), 'economic');
    withoutArticleFrameFacets(db);
    db.exec('ALTER TABLE codes DROP COLUMN shipped_cues');
    db.pragma(`user_version = ${shippedCues.version - 1}`);
  } finally {
    db.close();
  }
}

/** A project made by an older release at `path`: created, closed, then taken back to that release's state. */
export async function oldProjectAt(path: string): Promise<string> {
  const made = new Engine(path);
  await made.invoke('codebooks.list');
  await made.close();
  makeOld(path);
  return path;
}

/** A frame's cues in the project's copy of the policy frames. */
export async function cuesOf(engine: Engine, key: string): Promise<string[]> {
  const books = await engine.invoke('codebooks.list');
  return books.find((book) => book.key === 'policy-frames')!.codes.find((code) => code.key === key)!.cues;
}
