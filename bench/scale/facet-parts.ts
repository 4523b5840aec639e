// Times each statement of one first facets call (db/library.ts) on a query-only connection, as the
// engine's reader thread opens it, and prints each statement's query plan: where a first call's
// time goes (issue 12). Usage: node bench/scale/facet-parts.ts PROJECT 'FILTERS as JSON' [plan]
import { openProject } from '../../db/open.ts';
import { type LibraryFilters } from '../../db/library.ts';
import { libraryFacets } from '../../db/library-facets.ts';

const [project, filtersArg, plan] = process.argv.slice(2);
const filters = JSON.parse(filtersArg ?? '{}') as LibraryFilters;
const db = openProject(project!, { readonly: true, checked: true });

const cpu = () => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
const prepare = db.prepare.bind(db);
// Each statement wrapped so that its runs are timed (wall and CPU) under its first line.
(db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
  const prepared = prepare(sql);
  const label = sql.replace(/\s+/g, ' ').slice(0, 110);
  const wrap =
    (method: 'all' | 'get') =>
    (...args: unknown[]) => {
      const wall = performance.now();
      const cpu0 = cpu();
      const result = prepared[method](...args);
      process.stdout.write(
        `${(performance.now() - wall).toFixed(0).padStart(7)} ms wall ${(cpu() - cpu0).toFixed(0).padStart(7)} ms cpu  ${label}\n`,
      );
      if (plan) {
        const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
        for (const row of rows) process.stdout.write(`            ${row.detail}\n`);
      }
      return result;
    };
  // A statement read row by row (the counts that stop early) is timed until it is left.
  function* iterate(...args: unknown[]) {
    const wall = performance.now();
    const cpu0 = cpu();
    let rows = 0;
    try {
      for (const row of prepared.iterate(...args)) {
        rows++;
        yield row;
      }
    } finally {
      process.stdout.write(
        `${(performance.now() - wall).toFixed(0).padStart(7)} ms wall ${(cpu() - cpu0).toFixed(0).padStart(7)} ms cpu  ${rows} rows read of ${label}\n`,
      );
    }
  }
  return Object.assign(Object.create(prepared), { all: wrap('all'), get: wrap('get'), iterate });
};

const wall = performance.now();
const cpu0 = cpu();
const facets = libraryFacets(db, filters, 50);
process.stdout.write(
  `${(performance.now() - wall).toFixed(0).padStart(7)} ms wall ${(cpu() - cpu0).toFixed(0).padStart(7)} ms cpu  in all; ` +
    `${facets.entities.length} entities, ${facets.codes.length} codes, ${facets.speakers.length} speakers, ${facets.outlets.length} outlets\n`,
);
db.close();
