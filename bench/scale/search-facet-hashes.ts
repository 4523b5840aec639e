// MD5 of the library's facets under searches (issue 12), on a query-only connection: terms matching
// about 30%, 3% and 0.3% of the articles (from the full-text index's own counts), each alone, with
// the most common outlet, with the most used frame, and two of them joined by OR. Run it with the
// code before and after a change to how a search's facets are read, on the same file, and the
// lines must be the same.
//
//   node bench/scale/search-facet-hashes.ts PROJECT [top=50]
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { openProject } from '../../db/open.ts';
import { libraryFacets } from '../../db/library-facets.ts';
import type { LibraryFilters } from '../../db/library.ts';
import { count, mostUsedFrame, searchTerm } from './calls.ts';

const [project, topArg] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/search-facet-hashes.ts PROJECT [top=50]');
const top = Number(topArg ?? 50);
// The terms are picked on a connection of their own, before the query-only one opens: the
// full-text index's counts are read through a temporary table (nothing is written to the file).
const picking = new Database(project, { fileMustExist: true });
const articles = count(picking);
const terms = [0.3, 0.03, 0.003].map((share) => searchTerm(picking, Math.floor(articles * share)).term);
const outlet = picking
  .prepare('SELECT outlet FROM outlet_use ORDER BY articles DESC LIMIT 1')
  .pluck()
  .get() as string;
const frame = mostUsedFrame(picking);
picking.close();
const db = openProject(project, { readonly: true, checked: true });
const filters: LibraryFilters[] = [
  ...terms.flatMap((search) => [{ search }, { search, outlets: [outlet] }, { search, codeId: frame }]),
  { search: `${terms[0]} OR ${terms[1]}` },
];
for (const filter of filters) {
  const facets = libraryFacets(db, filter, top);
  // Entities of one count and name in id order, as the lists leave their order open.
  facets.entities.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || a.id - b.id);
  const json = JSON.stringify(facets);
  console.log(
    `${createHash('md5').update(json).digest('hex')}  ${JSON.stringify(filter)} (${json.length} chars)`,
  );
}
db.close();
