import Database from 'better-sqlite3';
import { Engine } from '../../core/engine/engine.ts';
import { migrate } from '../../db/migrate.ts';
import { shippedCues } from '../../db/migrations/023-shipped-cues.ts';
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

/** The tables, indexes and triggers a project has at schema `version`. */
function schemaAt(version?: number): { type: string; name: string }[] {
  const db = new Database(':memory:');
  try {
    migrate(db, version);
    return db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as {
      type: string;
      name: string;
    }[];
  } finally {
    db.close();
  }
}

/**
 * Turns a project file into one made before the shipped cues were remembered: the column goes, as do
 * the tables, indexes and triggers of every later migration (so the file is what that release made),
 * the schema version goes back, Morality holds the first release's cues and Economic a scholar's edit.
 */
export function makeOld(path: string): void {
  const before = new Set(schemaAt(shippedCues.version - 1).map((object) => `${object.type} ${object.name}`));
  const later = schemaAt().filter((object) => !before.has(`${object.type} ${object.name}`));
  const order = ['trigger', 'view', 'index', 'table'];
  later.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  const db = new Database(path);
  try {
    for (const object of later) db.exec(`DROP ${object.type.toUpperCase()} IF EXISTS "${object.name}"`);
    const set = db.prepare(
      "UPDATE codes SET cues = ? WHERE key = ? AND codebook_id = (SELECT id FROM codebooks WHERE key = 'policy-frames')",
    );
    set.run(JSON.stringify(FIRST_MORALITY), 'morality');
    set.run(JSON.stringify(EDITED_ECONOMIC), 'economic');
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
