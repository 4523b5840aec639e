// One digest of every row a project holds, for showing that a change to how analysis stores its
// findings leaves the stored rows as they were (bench/store-cpu.ts). Every table is read in the order
// of all its columns, so the digest does not depend on the order rows were written in, only on what
// they hold; what differs from run to run (ISO timestamps, random ids, the project's lineage) is left out.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open.ts';

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function storedRowsDigest(db: Db): string {
  const digest = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    const order = columns.map((_, i) => i + 1).join(', ');
    digest.update(`\n${table}:`);
    const own = process.env.STORED_DIGEST_TABLES ? createHash('sha256') : null;
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().iterate()) {
      // A project's lineage is a random number of its own.
      if (table === 'meta' && (row as unknown[])[0] === 'lineage') continue;
      const line = JSON.stringify(
        (row as unknown[]).map((value) =>
          typeof value === 'string' && (TIMESTAMP.test(value) || UUID.test(value))
            ? 'T'
            : Buffer.isBuffer(value)
              ? value.toString('base64')
              : value,
        ),
      );
      digest.update(line);
      own?.update(line);
    }
    if (own) console.log(table, own.digest('hex').slice(0, 12));
  }
  return digest.digest('hex').slice(0, 16);
}
