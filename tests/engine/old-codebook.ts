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

interface SchemaObject {
  type: string;
  name: string;
  sql: string;
  columns: string[];
}

/** The tables (with their columns), indexes, views and triggers a new project has at schema `version`. */
function schemaAt(version?: number): Map<string, SchemaObject> {
  const db = new Database(':memory:');
  try {
    migrate(db, version);
    const objects = db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL")
      .all() as Omit<SchemaObject, 'columns'>[];
    return new Map(
      objects.map((object) => {
        const columns =
          object.type === 'table'
            ? (db.pragma(`table_info("${object.name}")`) as { name: string }[]).map((column) => column.name)
            : [];
        return [`${object.type} ${object.name}`, { ...object, columns }];
      }),
    );
  } finally {
    db.close();
  }
}

/**
 * The columns later migrations took from a table, each as its release filled it for a row `r` of
 * the table as it is now (the kept facet rows' outlet and day, and speakers, as migration 022 kept
 * them before migration 026 numbered them).
 */
const TAKEN: Record<string, Record<string, string>> = {
  article_facets: {
    outlet_day: `(SELECT json_array(a.outlet, substr(a.published_at, 1, 10)) FROM articles a WHERE a.id = r.article_id)`,
    speakers: `coalesce((SELECT group_concat(json_array(name, quotes, entity_id)) FROM (
        SELECT name, count(*) AS quotes, max(entity_id) AS entity_id FROM quote_speaker
        WHERE article_id = r.article_id GROUP BY name)), '')`,
  },
};

function inPrimaryKey(db: Database.Database, table: string, column: string): boolean {
  const columns = db.pragma(`table_info("${table}")`) as { name: string; pk: number }[];
  return columns.some((c) => c.name === column && c.pk > 0);
}

/** A table made again as it was then, with its rows: later migrations took columns from it or added one to its key. */
function madeAgain(db: Database.Database, then: SchemaObject, now: SchemaObject): void {
  const both = then.columns.filter((c) => now.columns.includes(c));
  const taken = then.columns.filter((c) => !now.columns.includes(c));
  const filled = taken.map((column) => {
    const sql = TAKEN[now.name]?.[column];
    if (!sql) throw new Error(`No way to fill "${now.name}"."${column}" again is known.`);
    return sql;
  });
  const columns = [...both, ...taken].map((c) => `"${c}"`).join(', ');
  const values = [...both.map((c) => `r."${c}"`), ...filled].join(', ');
  db.exec(`CREATE TEMP TABLE made_again AS SELECT * FROM "${now.name}";
    DROP TABLE "${now.name}";
    ${then.sql};
    INSERT INTO "${now.name}" (${columns}) SELECT ${values} FROM temp.made_again r;
    DROP TABLE temp.made_again;`);
}

/**
 * Takes a project file back to schema `version` as that release made it, whatever migrations came
 * after: their indexes, views and triggers go (those they rewrote come back as they were), their
 * tables go, and the columns they added to older tables are dropped.
 */
export function takeBackTo(db: Database.Database, version: number): void {
  const then = schemaAt(version);
  const now = [...schemaAt().entries()];
  const differs = ([key, object]: [string, SchemaObject]) => then.get(key)?.sql !== object.sql;
  for (const [, object] of now.filter(differs).filter(([, o]) => o.type !== 'table'))
    db.exec(`DROP ${object.type.toUpperCase()} IF EXISTS "${object.name}"`);
  for (const [key, object] of now.filter(differs).filter(([, o]) => o.type === 'table')) {
    const old = then.get(key);
    if (!old) db.exec(`DROP TABLE IF EXISTS "${object.name}"`);
    else {
      const added = object.columns.filter((c) => !old.columns.includes(c));
      // SQLite drops no column of a primary key (migration 029 added one): such a table is made again.
      if (
        old.columns.some((c) => !object.columns.includes(c)) ||
        added.some((c) => inPrimaryKey(db, object.name, c))
      )
        madeAgain(db, old, object);
      else for (const column of added) db.exec(`ALTER TABLE "${object.name}" DROP COLUMN "${column}"`);
    }
  }
  const current = new Map(now);
  for (const [key, object] of then)
    if (object.type !== 'table' && current.get(key)?.sql !== object.sql) db.exec(object.sql);
  db.pragma(`user_version = ${version}`);
}

/**
 * Turns a project file into one made before the shipped cues were remembered (that column and every
 * later migration taken back), with Morality holding the first release's cues and Economic a
 * scholar's edit.
 */
export function makeOld(path: string): void {
  const db = new Database(path);
  try {
    const set = db.prepare(
      "UPDATE codes SET cues = ? WHERE key = ? AND codebook_id = (SELECT id FROM codebooks WHERE key = 'policy-frames')",
    );
    set.run(JSON.stringify(FIRST_MORALITY), 'morality');
    set.run(JSON.stringify(EDITED_ECONOMIC), 'economic');
    takeBackTo(db, shippedCues.version - 1);
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
