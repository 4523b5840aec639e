import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brownText } from '../support/brown.ts';
import { useEngines } from './support.ts';

// What a click costs must not grow with the project (issue 12): every statement behind opening an
// article or turning a page of the library reads by index. Each statement the engine runs is
// recorded with its arguments and explained by SQLite; a full scan of a table that grows with the
// project fails the test, whatever the timing on this machine.

interface Ran {
  sql: string;
  args: unknown[];
}

const log: Ran[] = [];
// Kept unbound on purpose: it is put back on the prototype, and called with the connection as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const original = Database.prototype.prepare;

beforeAll(() => {
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    const statement = original.call(this, sql);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          log.push({ sql, args });
          return run(...args);
        },
      });
    }
    return statement;
  } as typeof original;
});
afterAll(() => {
  Database.prototype.prepare = original;
});

/** What stays small however large the project: codebooks, codes, coders, a page's ids and results. */
const SMALL = /^(SCAN|SEARCH) (codes|codebooks|coders|c|json_each|CONSTANT ROW|\(subquery-\d+\))/;

/** The plan lines of what ran that read a table from end to end (a scan not of a small table). */
function scans(db: Database.Database, ran: readonly Ran[]): string[] {
  const found = new Set<string>();
  for (const { sql, args } of ran) {
    if (!/^\s*(SELECT|WITH)/i.test(sql)) continue;
    const explain = original.call(db, `EXPLAIN QUERY PLAN ${sql}`) as unknown as {
      all: (...params: unknown[]) => { detail: string }[];
    };
    const plan = explain.all(...args);
    for (const { detail } of plan)
      if (detail.startsWith('SCAN') && !SMALL.test(detail))
        found.add(`${detail}   in: ${sql.trim().slice(0, 120)}`);
  }
  return [...found];
}

describe('the statements behind a click', () => {
  const { temp, seeded } = useEngines();

  it('open an article and turn the library’s pages by index only', async () => {
    const engine = await seeded();
    const brown = ['ca01', 'ca02', 'ca03'].map((sample) => temp.file(`${sample}.txt`, brownText(sample)));
    await engine.invoke('import.paths', brown);
    const first = await engine.invoke('articles.list', { sort: 'title', limit: 2 });

    log.length = 0;
    await engine.invoke('articles.get', first.rows[0]!.id);
    const opening = log.splice(0);
    expect(opening.some((ran) => /FROM mentions/.test(ran.sql))).toBe(true);
    expect(scans(engine.db, opening)).toEqual([]);

    for (const sort of ['title', 'outlet', 'published', 'words', 'id'] as const) {
      for (const descending of [false, true]) {
        const page = await engine.invoke('articles.list', { sort, descending, limit: 2 });
        log.length = 0;
        await engine.invoke('articles.list', { sort, descending, limit: 2, after: page.rows[1]!.id });
        await engine.invoke('articles.list', { sort, descending, limit: 2, before: page.rows[1]!.id });
        const paging = log.splice(0).filter((ran) => !/^SELECT count\(\*\)/.test(ran.sql.trim()));
        expect(scans(engine.db, paging)).toEqual([]);
      }
    }
  });
});
