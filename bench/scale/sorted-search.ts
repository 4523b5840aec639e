// A search narrowed by an outlet or dates, sorted by title or by words (issue 12): the library's
// pages timed with this checkout's db/library-page.ts and, given another checkout, with that
// one's, alternately on one query-only connection, each answer hashed (old and new must match).
// Prints, per page, wall and CPU median / p95 of each side and whether every answer was the same.
//
//   node bench/scale/sorted-search.ts PROJECT [runs=5] [OLD_CHECKOUT]
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { openProject } from '../../db/open.ts';
import { libraryPage as newPage, type PageOptions } from '../../db/library-page.ts';
import type { LibraryFilters } from '../../db/library.ts';
import { count, searchTerm } from './calls.ts';

const [project, runsArg, oldCheckout] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/sorted-search.ts PROJECT [runs=5] [OLD_CHECKOUT]');
const runs = Number(runsArg ?? 5);
type Page = typeof newPage;
const sides: [string, Page][] = [['new', newPage]];
if (oldCheckout) {
  const old = (await import(resolve(oldCheckout, 'db/library-page.ts'))) as { libraryPage: Page };
  sides.unshift(['old', old.libraryPage]);
}

// The terms are picked on a connection of their own (a temporary table; nothing is written).
const picking = new Database(project, { fileMustExist: true });
const articles = count(picking);
const [wide, narrow] = [0.3, 0.12].map((share) => searchTerm(picking, Math.floor(articles * share)).term);
const outlet = picking
  .prepare('SELECT outlet FROM outlet_use ORDER BY articles DESC LIMIT 1')
  .pluck()
  .get() as string;
const [firstDay, lastDay] = picking
  .prepare('SELECT min(day), max(day) FROM day_use WHERE day IS NOT NULL')
  .raw()
  .get() as [string, string];
picking.close();
const db = openProject(project, { readonly: true, checked: true });
// A date range of about the first third of the project's span.
const span = Date.parse(lastDay) - Date.parse(firstDay);
const dateTo = new Date(Date.parse(firstDay) + span / 3).toISOString().slice(0, 10);

const page = (
  sort: PageOptions['sort'],
  descending = false,
  start: PageOptions['start'] = { offset: 0 },
) => ({
  sort,
  descending,
  limit: 200,
  start,
});
/** An article in the middle of a page's list, for the pages after and around it. */
function middleOf(filters: LibraryFilters, options: PageOptions): number {
  const total = newPage(db, filters, { ...options, limit: 1 }).total;
  return newPage(db, filters, { ...options, limit: 1, start: { offset: Math.floor(total / 2) } }).rows[0]!.id;
}
const byOutlet = { search: narrow, outlets: [outlet] };
const byDates = { search: narrow, dateFrom: firstDay, dateTo };
const wideOutlet = { search: wide, outlets: [outlet] };
const cases: [string, LibraryFilters, PageOptions][] = [
  [`"${narrow}" in ${outlet}, by title`, byOutlet, page('title')],
  [`"${narrow}" in ${outlet}, by words, most first`, byOutlet, page('words', true)],
  [`"${narrow}" in ${outlet}, by title, from the middle`, byOutlet, page('title', false, { offset: 300 })],
  [`"${narrow}" ${firstDay}..${dateTo}, by title`, byDates, page('title')],
  [`"${narrow}" ${firstDay}..${dateTo}, by words`, byDates, page('words')],
  [`"${wide}" in ${outlet}, by title`, wideOutlet, page('title')],
  [`"${wide}" in ${outlet}, by words, most first`, wideOutlet, page('words', true)],
];
for (const [label, filters, options] of cases.slice(0, 2)) {
  const after = middleOf(filters, options);
  cases.push([`${label}, the page after an article`, filters, { ...options, start: { offset: 0, after } }]);
  cases.push([
    `${label}, the page around an article`,
    filters,
    { ...options, start: { offset: 0, around: after } },
  ]);
}

const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;
const fmt = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

console.log(`${articles.toLocaleString('en')} articles; load ${loadavg()[0]!.toFixed(1)}`);
console.log(`| page | ${sides.map(([side]) => `${side}: wall / CPU median, p95 (ms)`).join(' | ')} | same |`);
console.log(`| --- | ${sides.map(() => '---').join(' | ')} | --- |`);
for (const [label, filters, options] of cases) {
  const wall = sides.map((): number[] => []);
  const used = sides.map((): number[] => []);
  const hashes = new Set<string>();
  let total = 0;
  for (let run = 0; run < runs; run++) {
    sides.forEach(([, libraryPage], side) => {
      const started = performance.now();
      const cpuStarted = cpu();
      const answer = libraryPage(db, filters, options);
      used[side]!.push(cpu() - cpuStarted);
      wall[side]!.push(performance.now() - started);
      total = answer.total;
      hashes.add(createHash('md5').update(JSON.stringify(answer)).digest('hex'));
    });
  }
  const cells = sides.map(
    (_, side) =>
      `${fmt(median(wall[side]!))} / ${fmt(median(used[side]!))}, ${fmt(p95(wall[side]!))} / ${fmt(p95(used[side]!))}`,
  );
  console.log(`| ${label} (${total} matches) | ${cells.join(' | ')} | ${hashes.size === 1 ? 'yes' : 'NO'} |`);
}
console.log(`load ${loadavg()[0]!.toFixed(1)}`);
db.close();
